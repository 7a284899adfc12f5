package org.jiceng.platform.volunteer.domain;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.StateConflict;

import java.util.Optional;

/**
 * One account of the points ledger. Its balance is the sum of its entries; it changes only together with them,
 * under the account row's lock, and only the issuance account may go below zero.
 */
@Entity
@Table(name = "points_account")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class PointsAccount {
    @Id
    private String id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountKind kind;
    @Column(name = "volunteer_id")
    private String volunteerId;
    @Column(nullable = false)
    private long balance;

    protected PointsAccount() {
    }

    public PointsAccount(String id, AccountKind kind, String volunteerId) {
        this.id = id;
        this.kind = kind;
        this.volunteerId = volunteerId;
    }

    /** Moves {@code amount} into this account ({@code amount} may be negative: out of it). */
    void post(long amount) {
        if (kind != AccountKind.ISSUANCE && balance + amount < 0) {
            throw new StateConflict("the balance of " + balance + " points does not cover " + (-amount));
        }
        balance += amount;
    }

    public String id() { return id; }
    public AccountKind kind() { return kind; }
    public Optional<String> volunteerId() { return Optional.ofNullable(volunteerId); }
    public long balance() { return balance; }
}
