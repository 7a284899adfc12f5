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

import java.time.OffsetDateTime;

/** One immutable line of a case's timeline: who did what, from which state to which, when and with what note. */
@Entity
@Table(name = "case_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class CaseEvent {
    /** The actor of an anonymous resident's report, to everyone who reads the timeline. */
    public static final String ANONYMOUS = "anonymous";

    @Id
    private String id;
    @Column(name = "case_id", nullable = false)
    private String caseId;
    @Column(nullable = false)
    private int seq;
    @Column(nullable = false)
    private String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private CaseStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private CaseStatus toStatus;
    @Column(nullable = false)
    private String actor;
    @Column(name = "actor_role")
    private String actorRole;
    private String note;
    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    protected CaseEvent() {
    }

    public CaseEvent(String id, String caseId, int seq, String action, CaseStatus from, CaseStatus to, String actor,
                     String actorRole, String note, OffsetDateTime at) {
        this.id = id;
        this.caseId = caseId;
        this.seq = seq;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.actorRole = actorRole;
        this.note = note;
        this.occurredAt = at;
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public int seq() {
        return seq;
    }

    public String action() {
        return action;
    }

    public CaseStatus fromStatus() {
        return fromStatus;
    }

    public CaseStatus toStatus() {
        return toStatus;
    }

    public String actor() {
        return actor;
    }

    public String actorRole() {
        return actorRole;
    }

    public String note() {
        return note;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }
}
