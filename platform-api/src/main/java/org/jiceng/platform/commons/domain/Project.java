package org.jiceng.platform.commons.domain;

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
import java.util.Optional;

/**
 * 项目清单: a project that starts from one or more needs (and optionally a deliberation decision), with its matched
 * resources, budget and funding sources (JSON, checked by the application), an owner unit and milestones. Planned
 * → in progress → done, or cancelled; a long-term project (the clean-up) is in progress for good until closed.
 * Residents evaluate a finished project.
 */
@Entity
@Table(name = "list_project")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Project {
    public enum State { PLANNED, IN_PROGRESS, DONE, CANCELLED }

    @Id
    private String id;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String description;
    @Column(name = "decision_topic_id")
    private String decisionTopicId;
    @Column(name = "budget_fen", nullable = false)
    private long budgetFen;
    @Column(name = "funding_json", nullable = false)
    private String fundingJson;
    @Column(name = "owner_kind", nullable = false)
    private String ownerKind;
    @Column(name = "owner_id", nullable = false)
    private String ownerId;
    @Column(name = "long_term", nullable = false)
    private boolean longTerm;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(nullable = false)
    private int progress;
    @Column(name = "started_on")
    private LocalDate startedOn;
    @Column(name = "done_on")
    private LocalDate doneOn;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Project() {
    }

    public Project(String id, String gridId, String title, String description, String decisionTopicId, Long budgetFen,
                   String fundingJson, String ownerKind, String ownerId, boolean longTerm, OffsetDateTime now) {
        if (budgetFen == null || budgetFen < 0) {
            throw new RuleViolation("budgetFen", "0 or more whole fen");
        }
        this.id = id;
        this.gridId = gridId;
        this.title = Texts.required("title", title, 200);
        this.description = Texts.required("description", description, 2000);
        this.decisionTopicId = decisionTopicId;
        this.budgetFen = budgetFen;
        this.fundingJson = fundingJson;
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.longTerm = longTerm;
        this.state = State.PLANNED;
        this.version = 1;
        this.createdAt = now;
    }

    public void start(LocalDate on) {
        require(State.PLANNED, "start");
        startedOn = on;
        state = State.IN_PROGRESS;
        version++;
    }

    /** A milestone; at 100 the project is done that day (a long-term project stays in progress). */
    public ProjectMilestone reach(String milestoneId, LocalDate on, int newProgress, String note, OffsetDateTime now) {
        require(State.IN_PROGRESS, "report progress on");
        if (newProgress < progress || newProgress > 100) {
            throw new RuleViolation("progress", progress + " to 100 (progress never goes back)");
        }
        if (on == null || on.isAfter(now.toLocalDate().plusDays(1))) {
            throw new RuleViolation("reachedOn", "a date not in the future");
        }
        progress = newProgress;
        if (progress == 100 && !longTerm) {
            doneOn = on;
            state = State.DONE;
        }
        version++;
        return new ProjectMilestone(milestoneId, id, on, newProgress, Texts.required("note", note, 500), now);
    }

    public void cancel(String reason) {
        if (state == State.DONE || state == State.CANCELLED) {
            throw new StateConflict("A project that is " + state + " is not cancelled");
        }
        cancelReason = Texts.required("reason", reason, 500);
        state = State.CANCELLED;
        version++;
    }

    public void requireDone() {
        if (state != State.DONE) {
            throw new StateConflict("Residents evaluate a finished project; this one is " + state);
        }
    }

    private void require(State expected, String what) {
        if (state != expected) {
            throw new StateConflict("Cannot " + what + " a project that is " + state);
        }
    }

    public void requireVersion(long expected) {
        VersionMismatch.check(expected, version);
    }

    public String id() { return id; }
    public String gridId() { return gridId; }
    public String title() { return title; }
    public String description() { return description; }
    public Optional<String> decisionTopicId() { return Optional.ofNullable(decisionTopicId); }
    public long budgetFen() { return budgetFen; }
    public String fundingJson() { return fundingJson; }
    public String ownerKind() { return ownerKind; }
    public String ownerId() { return ownerId; }
    public boolean longTerm() { return longTerm; }
    public State state() { return state; }
    public int progress() { return progress; }
    public Optional<LocalDate> startedOn() { return Optional.ofNullable(startedOn); }
    public Optional<LocalDate> doneOn() { return Optional.ofNullable(doneOn); }
    public Optional<String> cancelReason() { return Optional.ofNullable(cancelReason); }
    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }
}
