package org.jiceng.platform.deliberation.domain;

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

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A vote on a topic's motion. Drafted, then opened, then closed. While a draft, its rule, electorate, quorum and
 * secrecy may change; once open they are fixed for good (here, and by a database trigger), the electorate is a
 * snapshot (the roll), and ballots are cast once per elector, never edited. On closing, the platform tallies the
 * ballots and decides the outcome under the rule ({@link VoteRule#decide}), keeping the numbers behind it.
 */
@Entity
@Table(name = "vote")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Vote {
    public enum State { DRAFT, OPEN, CLOSED }

    @Id
    private String id;
    @Column(name = "topic_id", nullable = false)
    private String topicId;
    @Column(nullable = false)
    private String motion;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_kind", nullable = false)
    private DecisionKind decisionKind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoteRule rule;
    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_form")
    private MeetingForm meetingForm;
    @Column(name = "quorum_percent")
    private Integer quorumPercent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Electorate electorate;
    @Column(name = "grid_ids_json", nullable = false)
    private String gridIdsJson;
    @Column(nullable = false)
    private boolean secret;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column
    private Integer entitled;
    @Column(name = "entitled_area")
    private BigDecimal entitledArea;
    @Column(name = "yes_count")
    private Integer yes;
    @Column(name = "no_count")
    private Integer no;
    @Column(name = "abstain_count")
    private Integer abstain;
    @Column(name = "yes_area")
    private BigDecimal yesArea;
    @Column(name = "no_area")
    private BigDecimal noArea;
    @Column(name = "abstain_area")
    private BigDecimal abstainArea;
    @Column
    private Boolean quorate;
    @Column
    private Boolean passed;
    @Column(name = "opened_at")
    private OffsetDateTime openedAt;
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Vote() {
    }

    public Vote(String id, String topicId, VoteTerms terms, OffsetDateTime now) {
        this.id = id;
        this.topicId = topicId;
        this.state = State.DRAFT;
        this.version = 1;
        this.createdAt = now;
        apply(terms);
    }

    /** Changes the draft's terms; refused once the vote has opened. */
    public void revise(VoteTerms terms) {
        if (state != State.DRAFT) {
            throw new StateConflict("The rule, electorate and motion of a vote are fixed when it opens; this vote "
                    + "is " + state);
        }
        apply(terms);
        version++;
    }

    private void apply(VoteTerms t) {
        t.check();
        motion = t.motion();
        decisionKind = t.decisionKind();
        rule = t.rule();
        meetingForm = t.meetingForm();
        quorumPercent = t.quorumPercent();
        electorate = t.electorate();
        gridIdsJson = t.gridIdsJson();
        secret = t.secret();
    }

    /** Opens with the roll taken: {@code heads} electors holding {@code area} m² (zero where area is not counted). */
    public void open(int heads, BigDecimal area, OffsetDateTime now) {
        if (state != State.DRAFT) {
            throw new StateConflict("The vote is " + state + "; only a draft opens");
        }
        if (heads == 0) {
            throw new StateConflict("The electorate is empty: nobody could vote");
        }
        entitled = heads;
        entitledArea = area;
        openedAt = now;
        state = State.OPEN;
        version++;
    }

    public void requireOpen() {
        if (state != State.OPEN) {
            throw new StateConflict("Ballots are cast while the vote is open; it is " + state);
        }
    }

    /** Closes on {@code tally}; returns the outcome under the vote's rule. */
    public VoteResult close(Tally tally, OffsetDateTime now) {
        requireOpen();
        VoteResult r = rule.decide(tally, meetingForm, quorumPercent);
        yes = tally.yes();
        no = tally.no();
        abstain = tally.abstain();
        yesArea = tally.yesArea();
        noArea = tally.noArea();
        abstainArea = tally.abstainArea();
        quorate = r.quorate();
        passed = r.passed();
        closedAt = now;
        state = State.CLOSED;
        version++;
        return r;
    }

    /** The numbers of a closed vote. */
    public Optional<Tally> tally() {
        return state != State.CLOSED ? Optional.empty() : Optional.of(new Tally(entitled, entitledArea, yes, no,
                abstain, yesArea, noArea, abstainArea));
    }

    public Optional<VoteResult> result() {
        return tally().map(t -> rule.decide(t, meetingForm, quorumPercent));
    }

    public void requireVersion(long expected) {
        VersionMismatch.check(expected, version);
    }

    public String id() { return id; }
    public String topicId() { return topicId; }
    public String motion() { return motion; }
    public DecisionKind decisionKind() { return decisionKind; }
    public VoteRule rule() { return rule; }
    public Optional<MeetingForm> meetingForm() { return Optional.ofNullable(meetingForm); }
    public Optional<Integer> quorumPercent() { return Optional.ofNullable(quorumPercent); }
    public Electorate electorate() { return electorate; }
    public String gridIdsJson() { return gridIdsJson; }
    public boolean secret() { return secret; }
    public State state() { return state; }
    public Optional<Integer> entitled() { return Optional.ofNullable(entitled); }
    public Optional<BigDecimal> entitledArea() { return Optional.ofNullable(entitledArea); }
    public Optional<OffsetDateTime> openedAt() { return Optional.ofNullable(openedAt); }
    public Optional<OffsetDateTime> closedAt() { return Optional.ofNullable(closedAt); }
    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }
}
