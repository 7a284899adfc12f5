package org.jiceng.platform.deliberation.domain;

import org.jiceng.platform.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.domain.VersionMismatch;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * 议题: a matter a council takes up, carried from proposal to its published result (提—议—决—办—评). Proposed → on
 * the agenda (or declined with reasons) → deliberating → deciding (a vote is open) → decided, passed or failed →
 * implementing → evaluating → closed; withdrawn before a vote. A major matter (重大事项) cannot go to a vote before
 * the responsible Party organisation has approved it (审查把关). A passed topic carries its decision: a resolution,
 * or a convention whose text a later topic may revise.
 */
@Entity
@Table(name = "topic")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Topic {
    private static final Set<TopicStage> BEFORE_VOTE = EnumSet.of(TopicStage.ACCEPTED, TopicStage.DELIBERATING);

    @Id
    private String id;
    @Column(name = "council_id", nullable = false)
    private String councilId;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TopicOrigin origin;
    @Column(name = "origin_ref")
    private String originRef;
    @Column(name = "proposer_key", nullable = false)
    private String proposerKey;
    @Column(nullable = false)
    private boolean major;
    @Column(name = "party_org_id")
    private String partyOrgId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TopicStage stage;
    @Column(nullable = false)
    private int seconds;
    @Column(name = "decline_reason")
    private String declineReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_verdict")
    private ReviewVerdict reviewVerdict;
    @Column(name = "review_opinion")
    private String reviewOpinion;
    @Column(name = "reviewer")
    private String reviewer;
    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;
    @Column(name = "outcome")
    private String outcome;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_kind")
    private DecisionKind decisionKind;
    @Column(name = "decision_basis")
    private String decisionBasis;
    @Column(name = "decision_text")
    private String decisionText;
    @Column(name = "decision_revision")
    private Integer decisionRevision;
    @Column(name = "amends_topic_id")
    private String amendsTopicId;
    @Column(name = "superseded_by")
    private String supersededBy;
    @Column(name = "funded_by")
    private String fundedBy;
    @Column(name = "vote_id")
    private String voteId;
    @Column(name = "evaluation_closes_at")
    private OffsetDateTime evaluationClosesAt;
    @Column(name = "published_result")
    private String publishedResult;
    @Column(name = "proposed_at", nullable = false)
    private OffsetDateTime proposedAt;
    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;
    @Column(nullable = false)
    private long version;

    protected Topic() {
    }

    /**
     * @param proposerKey who proposed it: {@code user:<subject>}, or {@code app:<client>:<end user>} for a resident a
     *                    vendor's app acts for
     */
    public Topic(String id, String councilId, String gridId, String title, String description, TopicOrigin origin,
                 String originRef, String proposerKey, boolean major, String partyOrgId, OffsetDateTime now) {
        this.title = Texts.required("title", title, 200);
        this.description = Texts.required("description", description, 5000);
        if (major && partyOrgId == null) {
            throw new RuleViolation("partyOrganizationId", "a major matter names the Party organisation that reviews it");
        }
        this.id = id;
        this.councilId = councilId;
        this.gridId = gridId;
        this.origin = origin;
        this.originRef = originRef;
        this.proposerKey = proposerKey;
        this.major = major;
        this.partyOrgId = partyOrgId;
        this.stage = TopicStage.PROPOSED;
        this.proposedAt = now;
        this.version = 1;
    }

    /** The topic will revise the text of an earlier convention once it passes as a convention itself. */
    public void amends(Topic convention) {
        if (convention.decisionKind != DecisionKind.CONVENTION || !convention.passed()
                || convention.supersededBy != null) {
            throw new RuleViolation("amendsTopicId", "names a convention in force");
        }
        amendsTopicId = convention.id;
    }

    /** 附议: one more resident supports putting it on the agenda. */
    public void second() {
        require(EnumSet.of(TopicStage.PROPOSED), "second");
        seconds++;
        version++;
    }

    /** On the agenda: a resident's proposal needs the council's threshold of seconds first. */
    public void accept(int secondsNeeded, OffsetDateTime now) {
        require(EnumSet.of(TopicStage.PROPOSED), "accept");
        if (origin.needsSeconds() && seconds < secondsNeeded) {
            throw new StateConflict("The council puts a resident's proposal on its agenda once " + secondsNeeded
                    + " residents have seconded it; it has " + seconds);
        }
        acceptedAt = now;
        move(TopicStage.ACCEPTED);
    }

    public void decline(String reason) {
        require(EnumSet.of(TopicStage.PROPOSED), "decline");
        declineReason = Texts.required("reason", reason, 2000);
        move(TopicStage.DECLINED);
    }

    public void withdraw() {
        require(EnumSet.of(TopicStage.PROPOSED, TopicStage.ACCEPTED, TopicStage.DELIBERATING), "withdraw");
        move(TopicStage.WITHDRAWN);
    }

    /** 审查把关: the responsible Party organisation's review, recorded before the topic is decided. */
    public void recordReview(ReviewVerdict verdict, String opinion, String reviewerName, LocalDate on) {
        require(EnumSet.of(TopicStage.PROPOSED, TopicStage.ACCEPTED, TopicStage.DELIBERATING), "record a review of");
        if (partyOrgId == null) {
            throw new StateConflict("This topic names no Party organisation to review it; mark it a major matter "
                    + "when proposing it");
        }
        reviewVerdict = verdict;
        reviewOpinion = Texts.required("opinion", opinion, 2000);
        reviewer = Texts.required("reviewer", reviewerName, 100);
        reviewedOn = on;
        version++;
    }

    /** A meeting was held on the topic: the first one starts the deliberation. */
    public void meetingHeld() {
        require(EnumSet.of(TopicStage.ACCEPTED, TopicStage.DELIBERATING, TopicStage.DECIDED,
                TopicStage.IMPLEMENTING), "record a meeting on");
        if (stage == TopicStage.ACCEPTED) {
            move(TopicStage.DELIBERATING);
        }
    }

    /** A vote opened on the topic: refused for a major matter the Party organisation has not approved. */
    public void voteOpened(String vote) {
        require(BEFORE_VOTE, "open a vote on");
        requireApprovedIfMajor();
        voteId = vote;
        move(TopicStage.DECIDING);
    }

    /** The open vote closed: the topic is decided, and carries its decision if the vote passed. */
    public void voteClosed(boolean passed, DecisionKind kind, String motion, OffsetDateTime now) {
        require(EnumSet.of(TopicStage.DECIDING), "close a vote on");
        decide(passed, kind, "VOTE", motion, now);
    }

    /**
     * The council records the consultation's outcome as its decision (协商议定), as a consultation meeting does; a
     * major matter goes to a vote instead.
     */
    public void decideByConsultation(DecisionKind kind, String text, OffsetDateTime now) {
        require(BEFORE_VOTE, "decide");
        if (major) {
            throw new StateConflict("A major matter is decided by a vote after the Party organisation's review");
        }
        decide(true, kind, "CONSULTATION", Texts.required("text", text, 10000), now);
    }

    private void decide(boolean passed, DecisionKind kind, String basis, String text, OffsetDateTime now) {
        outcome = passed ? "PASSED" : "FAILED";
        decisionBasis = basis;
        decidedAt = now;
        if (passed) {
            decisionKind = kind;
            decisionText = text;
            decisionRevision = 1;
        }
        move(TopicStage.DECIDED);
    }

    /** This passed convention revises {@code earlier}, which it supersedes. */
    public void revise(Topic earlier) {
        decisionRevision = earlier.decisionRevision + 1;
        earlier.supersededBy = id;
        earlier.version++;
    }

    /** Who funds carrying the decision out (the Beijing bungalows: the property-rights unit). */
    public void fundedBy(String funder) {
        if (!passed()) {
            throw new StateConflict("Only a passed decision is funded");
        }
        fundedBy = Texts.required("fundedBy", funder, 200);
        version++;
    }

    /** A failed vote sends the topic back to deliberation, to be revised and put again. */
    public void deliberateAgain() {
        require(EnumSet.of(TopicStage.DECIDED), "deliberate again");
        if (passed()) {
            throw new StateConflict("The topic passed; carry it out instead");
        }
        voteId = null;
        outcome = null;
        decisionBasis = null;
        decidedAt = null;
        move(TopicStage.DELIBERATING);
    }

    /** A task of the decision: the first starts the implementation. */
    public void taskAdded() {
        require(EnumSet.of(TopicStage.DECIDED, TopicStage.IMPLEMENTING), "add a task to");
        if (!passed()) {
            throw new StateConflict("A failed topic creates no tasks");
        }
        if (stage == TopicStage.DECIDED) {
            move(TopicStage.IMPLEMENTING);
        }
    }

    /** Every task is done: the venue's residents evaluate the result within the council's window. */
    public void tasksDone(int windowDays, OffsetDateTime now) {
        require(EnumSet.of(TopicStage.IMPLEMENTING), "finish");
        evaluationClosesAt = now.plusDays(windowDays);
        move(TopicStage.EVALUATING);
    }

    public void requireEvaluationOpen(OffsetDateTime now) {
        require(EnumSet.of(TopicStage.EVALUATING), "evaluate");
        if (!now.isBefore(evaluationClosesAt)) {
            throw new StateConflict("The evaluation window closed at " + evaluationClosesAt);
        }
    }

    /**
     * Closes with its published result: after the evaluation, or a failed topic, or a convention (which needs no
     * tasks).
     */
    public void close(String result, OffsetDateTime now) {
        require(EnumSet.of(TopicStage.DECIDED, TopicStage.EVALUATING), "close");
        if (stage == TopicStage.DECIDED && passed() && decisionKind != DecisionKind.CONVENTION) {
            throw new StateConflict("A passed resolution is carried out and evaluated before it closes");
        }
        publishedResult = Texts.required("result", result, 5000);
        closedAt = now;
        move(TopicStage.CLOSED);
    }

    private void requireApprovedIfMajor() {
        if (major && reviewVerdict != ReviewVerdict.APPROVED) {
            throw new StateConflict("A major matter goes to a vote only after the Party organisation has approved it "
                    + "(审查把关); record its review first");
        }
    }

    private void require(Set<TopicStage> allowed, String what) {
        if (!allowed.contains(stage)) {
            throw new StateConflict("Cannot " + what + " a topic that is " + stage + "; allowed now: "
                    + stage.allowedNow());
        }
    }

    private void move(TopicStage to) {
        stage = to;
        version++;
    }

    public void requireVersion(long expected) {
        VersionMismatch.check(expected, version);
    }

    public boolean passed() {
        return "PASSED".equals(outcome);
    }

    public String id() { return id; }
    public String councilId() { return councilId; }
    public String gridId() { return gridId; }
    public String title() { return title; }
    public String description() { return description; }
    public TopicOrigin origin() { return origin; }
    public Optional<String> originRef() { return Optional.ofNullable(originRef); }
    public String proposerKey() { return proposerKey; }
    public boolean major() { return major; }
    public Optional<String> partyOrgId() { return Optional.ofNullable(partyOrgId); }
    public TopicStage stage() { return stage; }
    public int seconds() { return seconds; }
    public Optional<String> declineReason() { return Optional.ofNullable(declineReason); }
    public Optional<ReviewVerdict> reviewVerdict() { return Optional.ofNullable(reviewVerdict); }
    public Optional<String> reviewOpinion() { return Optional.ofNullable(reviewOpinion); }
    public Optional<String> reviewer() { return Optional.ofNullable(reviewer); }
    public Optional<LocalDate> reviewedOn() { return Optional.ofNullable(reviewedOn); }
    public Optional<String> outcome() { return Optional.ofNullable(outcome); }
    public Optional<DecisionKind> decisionKind() { return Optional.ofNullable(decisionKind); }
    public Optional<String> decisionBasis() { return Optional.ofNullable(decisionBasis); }
    public Optional<String> decisionText() { return Optional.ofNullable(decisionText); }
    public Optional<Integer> decisionRevision() { return Optional.ofNullable(decisionRevision); }
    public Optional<String> amendsTopicId() { return Optional.ofNullable(amendsTopicId); }
    public Optional<String> supersededBy() { return Optional.ofNullable(supersededBy); }
    public Optional<String> fundedBy() { return Optional.ofNullable(fundedBy); }
    public Optional<String> voteId() { return Optional.ofNullable(voteId); }
    public Optional<OffsetDateTime> evaluationClosesAt() { return Optional.ofNullable(evaluationClosesAt); }
    public Optional<String> publishedResult() { return Optional.ofNullable(publishedResult); }
    public OffsetDateTime proposedAt() { return proposedAt; }
    public Optional<OffsetDateTime> acceptedAt() { return Optional.ofNullable(acceptedAt); }
    public Optional<OffsetDateTime> decidedAt() { return Optional.ofNullable(decidedAt); }
    public Optional<OffsetDateTime> closedAt() { return Optional.ofNullable(closedAt); }
    public long version() { return version; }
}
