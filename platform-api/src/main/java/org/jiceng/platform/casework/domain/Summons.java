package org.jiceng.platform.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.StateConflict;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 报到令: one unit summoned by a whistle on a case — "the street whistles, the departments report". Each summons has
 * its own deadline and its own acknowledgement; the case's state does not wait for it.
 */
@Entity
@Table(name = "case_summons")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Summons {
    @Id
    private String id;
    @Column(name = "case_id", nullable = false)
    private String caseId;
    @Column(name = "department_id", nullable = false)
    private String departmentId;
    @Column(name = "summoned_at", nullable = false)
    private OffsetDateTime summonedAt;
    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;
    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    private String note;

    protected Summons() {
    }

    public Summons(String id, String caseId, String departmentId, OffsetDateTime now, OffsetDateTime dueAt) {
        this.id = id;
        this.caseId = caseId;
        this.departmentId = departmentId;
        this.summonedAt = now;
        this.dueAt = dueAt;
    }

    /** The summoned unit reports in; once only. */
    public void acknowledge(String by, String withNote, OffsetDateTime now) {
        if (acknowledgedAt != null) {
            throw new StateConflict("this summons was acknowledged at " + acknowledgedAt);
        }
        acknowledgedAt = now;
        acknowledgedBy = by;
        note = withNote;
    }

    /** Acknowledged by its deadline, or not yet due. */
    public boolean onTime(OffsetDateTime now) {
        return acknowledgedAt != null ? !acknowledgedAt.isAfter(dueAt) : !now.isAfter(dueAt);
    }

    public String id() { return id; }
    public String caseId() { return caseId; }
    public String departmentId() { return departmentId; }
    public OffsetDateTime summonedAt() { return summonedAt; }
    public OffsetDateTime dueAt() { return dueAt; }
    public Optional<OffsetDateTime> acknowledgedAt() { return Optional.ofNullable(acknowledgedAt); }
    public Optional<String> acknowledgedBy() { return Optional.ofNullable(acknowledgedBy); }
    public Optional<String> note() { return Optional.ofNullable(note); }
}
