package org.jiceng.platform.commons.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A dated step of a project, with the progress it reached. */
@Entity
@Table(name = "list_project_milestone")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class ProjectMilestone {
    @Id
    private String id;
    @Column(name = "project_id", nullable = false)
    private String projectId;
    @Column(name = "reached_on", nullable = false)
    private LocalDate reachedOn;
    @Column(nullable = false)
    private int progress;
    @Column(nullable = false)
    private String note;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ProjectMilestone() {
    }

    ProjectMilestone(String id, String projectId, LocalDate reachedOn, int progress, String note, OffsetDateTime now) {
        this.id = id;
        this.projectId = projectId;
        this.reachedOn = reachedOn;
        this.progress = progress;
        this.note = note;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String projectId() { return projectId; }
    public LocalDate reachedOn() { return reachedOn; }
    public int progress() { return progress; }
    public String note() { return note; }
}
