package org.jiceng.platform.deliberation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A dated step of a task, with the progress it reached. */
@Entity
@Table(name = "topic_task_milestone")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class TaskMilestone {
    @Id
    private String id;
    @Column(name = "task_id", nullable = false)
    private String taskId;
    @Column(name = "reached_on", nullable = false)
    private LocalDate reachedOn;
    @Column(nullable = false)
    private int progress;
    @Column(nullable = false)
    private String note;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected TaskMilestone() {
    }

    TaskMilestone(String id, String taskId, LocalDate reachedOn, int progress, String note, OffsetDateTime now) {
        this.id = id;
        this.taskId = taskId;
        this.reachedOn = reachedOn;
        this.progress = progress;
        this.note = note;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String taskId() { return taskId; }
    public LocalDate reachedOn() { return reachedOn; }
    public int progress() { return progress; }
    public String note() { return note; }
}
