package org.jiceng.platform.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One movement of points from an account to another, written as two entries that sum to zero. Never changed:
 * a mistake is undone by a reversal, a new transaction the other way that names the one it reverses.
 */
@Entity
@Table(name = "points_transaction")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class PointsTransaction {
    @Id
    private String id;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private long amount;
    @Column(name = "from_account", nullable = false)
    private String fromAccount;
    @Column(name = "to_account", nullable = false)
    private String toAccount;
    @Column(nullable = false)
    private String reason;
    @Column(name = "ref_type", nullable = false)
    private String refType;
    @Column(name = "ref_id", nullable = false)
    private String refId;
    @Column(name = "reverses_id")
    private String reversesId;
    @Column(nullable = false)
    private String actor;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PointsTransaction() {
    }

    /**
     * Books {@code amount} from {@code from} to {@code to}: both balances change, and the two entries returned
     * are to be stored with the transaction.
     */
    public static Booking book(String id, String kind, long amount, PointsAccount from, PointsAccount to,
                               String reason, String refType, String refId, String reversesId, String actor,
                               String debitEntryId, String creditEntryId, OffsetDateTime now) {
        if (amount <= 0) {
            throw new RuleViolation("amount", "a positive number of points");
        }
        if (from.id().equals(to.id())) {
            throw new RuleViolation("to", "points move between two different accounts");
        }
        from.post(-amount);
        to.post(amount);
        PointsTransaction t = new PointsTransaction();
        t.id = id;
        t.kind = kind;
        t.amount = amount;
        t.fromAccount = from.id();
        t.toAccount = to.id();
        t.reason = reason;
        t.refType = refType;
        t.refId = refId;
        t.reversesId = reversesId;
        t.actor = actor;
        t.createdAt = now;
        return new Booking(t, List.of(new PointsEntry(debitEntryId, id, from.id(), -amount, now),
                new PointsEntry(creditEntryId, id, to.id(), amount, now)));
    }

    /** A transaction and its two entries. */
    public record Booking(PointsTransaction transaction, List<PointsEntry> entries) {
    }

    public String id() { return id; }
    public String kind() { return kind; }
    public long amount() { return amount; }
    public String fromAccount() { return fromAccount; }
    public String toAccount() { return toAccount; }
    public String reason() { return reason; }
    public String refType() { return refType; }
    public String refId() { return refId; }
    public Optional<String> reversesId() { return Optional.ofNullable(reversesId); }
    public String actor() { return actor; }
    public OffsetDateTime createdAt() { return createdAt; }
}
