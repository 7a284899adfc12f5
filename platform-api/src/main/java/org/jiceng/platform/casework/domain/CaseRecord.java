package org.jiceng.platform.casework.domain;

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

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 诉求/事件: one case of the closed loop — a resident's appeal or a grid worker's finding — from its report to its
 * evaluation. The aggregate enforces the transition table ({@link CaseAction}): each step checks the current state,
 * moves the case, stamps its times and deadlines and returns the {@link Transition} that becomes an immutable
 * timeline entry. Deadlines come from the category and priority: acceptance counts from the report, resolution
 * from the acceptance, acknowledgement from each dispatch. A failed verification sends the case back to work and
 * counts as rework; a closed case takes one evaluation (satisfied at 4 or 5) and, when unsatisfied, may be reopened
 * within the tenant's window. Every step bumps {@link #version()}, presented as {@code If-Match}.
 */
@Entity
@Table(name = "case_record")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class CaseRecord {
    /** Scores of 4 and 5 count as satisfied. */
    public static final int SATISFIED_FROM = 4;

    @Id
    private String id;
    @Column(nullable = false)
    private String number;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String description;
    @Column(name = "category_code", nullable = false)
    private String categoryCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CasePriority priority;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseSource source;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;
    @Column(name = "reporter_subject")
    private String reporterSubject;
    @Column(name = "reporter_client")
    private String reporterClient;
    @Column(name = "attributes_json")
    private String attributesJson;
    @Column(nullable = false)
    private boolean anonymous;
    @Column(name = "reporter_name_enc")
    private String reporterNameEnc;
    @Column(name = "reporter_phone_enc")
    private String reporterPhoneEnc;
    @Column(name = "reporter_phone_hash")
    private String reporterPhoneHash;
    private Double lon;
    private Double lat;
    private String address;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    private String attachments;
    @Enumerated(EnumType.STRING)
    @Column(name = "handler_kind")
    private HandlerKind handlerKind;
    @Column(name = "handler_id")
    private String handlerId;
    @Column(name = "master_case_id")
    private String masterCaseId;
    @Column(name = "reject_reason")
    private String rejectReason;
    @Column(name = "resolution_note")
    private String resolutionNote;
    @Column(name = "rework_count", nullable = false)
    private int reworkCount;
    @Column(name = "evaluation_score")
    private Integer evaluationScore;
    @Column(name = "evaluation_comment")
    private String evaluationComment;
    @Column(name = "evaluated_at")
    private OffsetDateTime evaluatedAt;
    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;
    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;
    @Column(name = "dispatched_at")
    private OffsetDateTime dispatchedAt;
    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;
    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;
    @Column(name = "accept_due_at", nullable = false)
    private OffsetDateTime acceptDueAt;
    @Column(name = "acknowledge_due_at")
    private OffsetDateTime acknowledgeDueAt;
    @Column(name = "resolve_due_at")
    private OffsetDateTime resolveDueAt;
    @Column(name = "event_count", nullable = false)
    private int eventCount;
    @Column(nullable = false)
    private long version;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected CaseRecord() {
    }

    /** A newly reported case; the caller has located its grid node and drawn its number. */
    public static CaseRecord report(String id, String number, NewCaseFacts f, CaseCategory category, String gridId,
                                    OffsetDateTime now) {
        if (!category.active()) {
            throw new RuleViolation("categoryCode", "category " + category.code() + " is retired");
        }
        CaseRecord c = new CaseRecord();
        c.id = id;
        c.number = number;
        c.title = text("title", f.title(), 200);
        c.description = text("description", f.description(), 4000);
        c.categoryCode = category.code();
        c.priority = f.priority();
        c.source = f.source();
        c.status = CaseStatus.REPORTED;
        c.reporterSubject = f.anonymous() ? null : f.reporterSubject();
        c.reporterClient = f.reporterClient();
        c.anonymous = f.anonymous();
        if (f.contact() != null) {
            if (f.anonymous()) {
                throw new RuleViolation("reporter", "an anonymous case carries no name or phone");
            }
            c.reporterNameEnc = f.contact().nameEnc();
            c.reporterPhoneEnc = f.contact().phoneEnc();
            c.reporterPhoneHash = f.contact().phoneHash();
        }
        c.lon = f.lon();
        c.lat = f.lat();
        c.address = f.address();
        c.gridId = gridId;
        c.attachments = f.attachmentsJson();
        c.reportedAt = now;
        c.acceptDueAt = now.plus(Duration.ofHours(category.deadlines(f.priority()).acceptHours()));
        c.version = 1;
        c.updatedAt = now;
        return c;
    }

    /** The first timeline entry, for the report itself. */
    public Transition reported() {
        eventCount = 1;
        return new Transition(null, null, CaseStatus.REPORTED, null, 1);
    }

    public Transition accept(Deadlines deadlines, String note, OffsetDateTime now) {
        require(CaseAction.ACCEPT);
        acceptedAt = now;
        resolveDueAt = now.plus(Duration.ofHours(deadlines.resolveHours()));
        return move(CaseAction.ACCEPT, CaseStatus.ACCEPTED, note, now);
    }

    public Transition reject(String reason, OffsetDateTime now) {
        require(CaseAction.REJECT);
        rejectReason = text("reason", reason, 1000);
        closedAt = now;
        return move(CaseAction.REJECT, CaseStatus.REJECTED, reason, now);
    }

    /** Merges this case into {@code master}, another open case of the tenant. */
    public Transition markDuplicate(CaseRecord master, OffsetDateTime now) {
        require(CaseAction.MARK_DUPLICATE);
        if (master.id.equals(id)) {
            throw new RuleViolation("masterCaseId", "a case cannot duplicate itself");
        }
        if (master.status == CaseStatus.DUPLICATE || master.status == CaseStatus.REJECTED) {
            throw new StateConflict("case " + master.number + " is " + master.status + " and cannot be a master");
        }
        masterCaseId = master.id;
        closedAt = now;
        return move(CaseAction.MARK_DUPLICATE, CaseStatus.DUPLICATE, "duplicate of " + master.number, now);
    }

    /** Sends the case to a grid node or a department (again, to re-dispatch); the acknowledgement clock restarts. */
    public Transition dispatch(HandlerKind kind, String handler, Deadlines deadlines, String note, OffsetDateTime now) {
        require(CaseAction.DISPATCH);
        handlerKind = kind;
        handlerId = handler;
        dispatchedAt = now;
        acknowledgedAt = null;
        acknowledgeDueAt = now.plus(Duration.ofHours(deadlines.acknowledgeHours()));
        if (resolveDueAt == null || status == CaseStatus.REOPENED) {
            resolveDueAt = now.plus(Duration.ofHours(deadlines.resolveHours()));
        }
        return move(CaseAction.DISPATCH, CaseStatus.DISPATCHED, note, now);
    }

    /** The handling unit reports in (报到) and takes the case on. */
    public Transition acknowledge(String note, OffsetDateTime now) {
        require(CaseAction.ACKNOWLEDGE);
        acknowledgedAt = now;
        return move(CaseAction.ACKNOWLEDGE, CaseStatus.IN_PROGRESS, note, now);
    }

    /** Pushes the resolution deadline out, with a reason; the state does not change. */
    public Transition defer(OffsetDateTime newDue, String reason, OffsetDateTime now) {
        require(CaseAction.DEFER);
        text("reason", reason, 1000);
        if (newDue == null || !newDue.isAfter(resolveDueAt)) {
            throw new RuleViolation("resolveDueAt", "a deferral moves the deadline later than " + resolveDueAt);
        }
        resolveDueAt = newDue;
        return move(CaseAction.DEFER, status, reason + " (due " + newDue + ")", now);
    }

    /**
     * Blows the whistle: the case escalates to {@code street} when given. The street becomes the handler and must
     * report in within a fresh acknowledgement deadline, so the case is dispatched to it anew (DISPATCHED until the
     * street acknowledges). A whistle that only summons units keeps the state; the summoned units are named in the
     * note, and the summonses themselves are separate records with their own deadlines.
     */
    public Transition whistle(Optional<String> street, Deadlines deadlines, String note, OffsetDateTime now) {
        require(CaseAction.WHISTLE);
        if (street.isEmpty()) {
            return move(CaseAction.WHISTLE, status, note, now);
        }
        handlerKind = HandlerKind.GRID;
        handlerId = street.get();
        dispatchedAt = now;
        acknowledgedAt = null;
        acknowledgeDueAt = now.plus(Duration.ofHours(deadlines.acknowledgeHours()));
        return move(CaseAction.WHISTLE, CaseStatus.DISPATCHED, note, now);
    }

    /** Records on the timeline that a summoned unit reported in. */
    public Transition summonsAcknowledged(String note, OffsetDateTime now) {
        require(CaseAction.ACKNOWLEDGE_SUMMONS);
        return move(CaseAction.ACKNOWLEDGE_SUMMONS, status, note, now);
    }

    public Transition resolve(String feedback, OffsetDateTime now) {
        require(CaseAction.RESOLVE);
        resolutionNote = text("note", feedback, 4000);
        resolvedAt = now;
        return move(CaseAction.RESOLVE, CaseStatus.RESOLVED, feedback, now);
    }

    /** Verification on site: passed closes the case, failed sends it back to work as rework. */
    public Transition verify(boolean passed, String note, OffsetDateTime now) {
        require(CaseAction.VERIFY);
        if (passed) {
            closedAt = now;
            return move(CaseAction.VERIFY, CaseStatus.CLOSED, note, now);
        }
        reworkCount++;
        resolvedAt = null;
        return move(CaseAction.VERIFY, CaseStatus.IN_PROGRESS, note == null ? "verification failed" : note, now);
    }

    /** The resident's one evaluation of a closed case. */
    public Transition evaluate(int score, String comment, OffsetDateTime now) {
        require(CaseAction.EVALUATE);
        if (evaluationScore != null) {
            throw new StateConflict("case " + number + " was already evaluated");
        }
        if (score < 1 || score > 5) {
            throw new RuleViolation("score", "1 to 5");
        }
        evaluationScore = score;
        evaluationComment = comment == null ? null : text("comment", comment, 1000);
        evaluatedAt = now;
        return move(CaseAction.EVALUATE, status, "score " + score + (comment == null ? "" : ": " + comment), now);
    }

    /** An unsatisfied resident reopens the case within {@code windowDays} of its closing. */
    public Transition reopen(String reason, int windowDays, OffsetDateTime now) {
        require(CaseAction.REOPEN);
        if (evaluationScore == null || evaluationScore >= SATISFIED_FROM) {
            throw new StateConflict("only a case evaluated as unsatisfied (score below " + SATISFIED_FROM
                    + ") can be reopened");
        }
        if (now.isAfter(closedAt.plusDays(windowDays))) {
            throw new StateConflict("case " + number + " closed more than " + windowDays + " days ago");
        }
        closedAt = null;
        resolvedAt = null;
        evaluationScore = null;
        evaluationComment = null;
        evaluatedAt = null;
        reworkCount++;
        return move(CaseAction.REOPEN, CaseStatus.REOPENED, text("reason", reason, 1000), now);
    }

    public void requireVersion(long expected) {
        if (version != expected) {
            throw new VersionMismatch(expected, version);
        }
    }

    /** Whether a deadline of the current step has passed. */
    public boolean isOverdue(OffsetDateTime now) {
        return currentDue().map(now::isAfter).orElse(false);
    }

    /** The deadline the case is working towards now, if any. */
    public Optional<OffsetDateTime> currentDue() {
        return Optional.ofNullable(switch (status) {
            case REPORTED -> acceptDueAt;
            case DISPATCHED -> acknowledgeDueAt;
            case ACCEPTED, IN_PROGRESS, REOPENED -> resolveDueAt;
            default -> null;
        });
    }

    private void require(CaseAction action) {
        if (!action.allowedFrom(status)) {
            throw new IllegalTransition(action, status);
        }
    }

    private Transition move(CaseAction action, CaseStatus to, String note, OffsetDateTime now) {
        CaseStatus from = status;
        status = to;
        version++;
        updatedAt = now;
        eventCount++;
        return new Transition(action, from, to, note, eventCount);
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "required");
        }
        if (value.length() > max) {
            throw new RuleViolation(field, "at most " + max + " characters");
        }
        return value.strip();
    }

    public String id() { return id; }
    public String number() { return number; }
    public String title() { return title; }
    public String description() { return description; }
    public String categoryCode() { return categoryCode; }
    public CasePriority priority() { return priority; }
    public CaseSource source() { return source; }
    public CaseStatus status() { return status; }
    /** The answers to the category's attributes it was filed with, as stored (JSON), if any. */
    public void answered(String answersJson) {
        this.attributesJson = answersJson;
    }

    public Optional<String> attributesJson() { return Optional.ofNullable(attributesJson); }
    public Optional<String> reporterSubject() { return Optional.ofNullable(reporterSubject); }
    public Optional<String> reporterClient() { return Optional.ofNullable(reporterClient); }
    public boolean anonymous() { return anonymous; }
    /** The reporter's name and phone as stored (encrypted), if given. */
    public Optional<SealedContact> sealedContact() {
        return reporterNameEnc == null && reporterPhoneEnc == null ? Optional.empty()
                : Optional.of(new SealedContact(reporterNameEnc, reporterPhoneEnc, reporterPhoneHash));
    }
    public Optional<Double> lon() { return Optional.ofNullable(lon); }
    public Optional<Double> lat() { return Optional.ofNullable(lat); }
    public Optional<String> address() { return Optional.ofNullable(address); }
    public String gridId() { return gridId; }
    public Optional<String> attachmentsJson() { return Optional.ofNullable(attachments); }
    public Optional<HandlerKind> handlerKind() { return Optional.ofNullable(handlerKind); }
    public Optional<String> handlerId() { return Optional.ofNullable(handlerId); }
    public Optional<String> masterCaseId() { return Optional.ofNullable(masterCaseId); }
    public Optional<String> rejectReason() { return Optional.ofNullable(rejectReason); }
    public Optional<String> resolutionNote() { return Optional.ofNullable(resolutionNote); }
    public int reworkCount() { return reworkCount; }
    public Optional<Integer> evaluationScore() { return Optional.ofNullable(evaluationScore); }
    public Optional<String> evaluationComment() { return Optional.ofNullable(evaluationComment); }
    public Optional<OffsetDateTime> evaluatedAt() { return Optional.ofNullable(evaluatedAt); }
    public OffsetDateTime reportedAt() { return reportedAt; }
    public Optional<OffsetDateTime> acceptedAt() { return Optional.ofNullable(acceptedAt); }
    public Optional<OffsetDateTime> dispatchedAt() { return Optional.ofNullable(dispatchedAt); }
    public Optional<OffsetDateTime> acknowledgedAt() { return Optional.ofNullable(acknowledgedAt); }
    public Optional<OffsetDateTime> resolvedAt() { return Optional.ofNullable(resolvedAt); }
    public Optional<OffsetDateTime> closedAt() { return Optional.ofNullable(closedAt); }
    public OffsetDateTime acceptDueAt() { return acceptDueAt; }
    public Optional<OffsetDateTime> acknowledgeDueAt() { return Optional.ofNullable(acknowledgeDueAt); }
    public Optional<OffsetDateTime> resolveDueAt() { return Optional.ofNullable(resolveDueAt); }
    public long version() { return version; }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
