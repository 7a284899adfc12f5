package org.jiceng.platform.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.OffsetDateTime;

/** One side of a points transaction: the amount that entered (positive) or left (negative) one account. */
@Entity
@Table(name = "points_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class PointsEntry {
    @Id
    private String id;
    @Column(name = "transaction_id", nullable = false)
    private String transactionId;
    @Column(name = "account_id", nullable = false)
    private String accountId;
    @Column(nullable = false)
    private long amount;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PointsEntry() {
    }

    PointsEntry(String id, String transactionId, String accountId, long amount, OffsetDateTime now) {
        this.id = id;
        this.transactionId = transactionId;
        this.accountId = accountId;
        this.amount = amount;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String transactionId() { return transactionId; }
    public String accountId() { return accountId; }
    public long amount() { return amount; }
    public OffsetDateTime createdAt() { return createdAt; }
}
