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
import java.util.Optional;

/**
 * 办: a task a decision creates, owned by one unit and due on a date. Its progress runs from 0 to 100 through dated
 * milestones; at 100 it is done. It may open a case (and so use the whistle) and link to projects of the three
 * lists and to fund ledger lines (as JSON references, kept as given).
 */
@Entity
@Table(name = "topic_task")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class TopicTask {
    @Id
    private String id;
    @Column(name = "topic_id", nullable = false)
    private String topicId;
    @Column(nullable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false)
    private TaskOwnerKind ownerKind;
    @Column(name = "owner_id", nullable = false)
    private String ownerId;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(nullable = false)
    private int progress;
    @Column(name = "done_on")
    private LocalDate doneOn;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "links_json", nullable = false)
    private String linksJson;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected TopicTask() {
    }

    public TopicTask(String id, String topicId, String title, TaskOwnerKind ownerKind, String ownerId,
                     LocalDate dueOn, String linksJson, OffsetDateTime now) {
        if (dueOn == null) {
            throw new RuleViolation("dueOn", "required");
        }
        this.id = id;
        this.topicId = topicId;
        this.title = Texts.required("title", title, 200);
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.linksJson = linksJson;
        this.version = 1;
        this.createdAt = now;
    }

    /** A milestone reached: progress never goes back, and 100 means done on that day. */
    public TaskMilestone reach(String milestoneId, LocalDate on, int newProgress, String note, OffsetDateTime now) {
        if (doneOn != null) {
            throw new StateConflict("The task was done on " + doneOn);
        }
        if (newProgress < progress || newProgress > 100) {
            throw new RuleViolation("progress", progress + " to 100 (progress never goes back)");
        }
        if (on == null || on.isAfter(now.toLocalDate())) {
            throw new RuleViolation("reachedOn", "a date not in the future");
        }
        progress = newProgress;
        if (progress == 100) {
            doneOn = on;
        }
        version++;
        return new TaskMilestone(milestoneId, id, on, newProgress, Texts.required("note", note, 2000), now);
    }

    public void openedCase(String caseRecordId) {
        if (caseId != null) {
            throw new StateConflict("The task has opened a case already: " + caseId);
        }
        caseId = caseRecordId;
        version++;
    }

    public boolean overdue(LocalDate today) {
        return doneOn == null ? today.isAfter(dueOn) : doneOn.isAfter(dueOn);
    }

    public void requireVersion(long expected) {
        VersionMismatch.check(expected, version);
    }

    public String id() { return id; }
    public String topicId() { return topicId; }
    public String title() { return title; }
    public TaskOwnerKind ownerKind() { return ownerKind; }
    public String ownerId() { return ownerId; }
    public LocalDate dueOn() { return dueOn; }
    public int progress() { return progress; }
    public Optional<LocalDate> doneOn() { return Optional.ofNullable(doneOn); }
    public Optional<String> caseId() { return Optional.ofNullable(caseId); }
    public String linksJson() { return linksJson; }
    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }
}
