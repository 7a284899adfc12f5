package org.jiceng.platform.shared.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.OffsetDateTime;

/** One state change, written in the transaction that made it; the event feed and webhooks read from here. */
@Entity
@Table(name = "outbox_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class OutboxEvent {
    @Id
    private String id;
    @Column(name = "event_type", nullable = false)
    private String type;
    @Column(name = "aggregate_type", nullable = false)
    private String aggregateType;
    @Column(name = "aggregate_id", nullable = false)
    private String aggregateId;
    private String actor;
    @Column(nullable = false)
    private String payload;
    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    protected OutboxEvent() {
    }

    OutboxEvent(String id, String type, String aggregateType, String aggregateId, String actor, String payload,
                OffsetDateTime occurredAt) {
        this.id = id;
        this.type = type;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.actor = actor;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String payload() {
        return payload;
    }
}
