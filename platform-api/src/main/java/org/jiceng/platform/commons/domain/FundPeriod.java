package org.jiceng.platform.commons.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.domain.VersionMismatch;
import jakarta.persistence.IdClass;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of an account's ledger (a month or a year): open for entries, then closed (no pending approvals, totals
 * fixed), then published. A published period is immutable and carries the head of the hash chain over its entries;
 * a closed one may be reopened before it is published.
 */
@Entity
@Table(name = "fund_period")
@IdClass(FundPeriod.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class FundPeriod {
    public enum State { OPEN, CLOSED, PUBLISHED }

    /** The period's key within the tenant. */
    public static class Key implements Serializable {
        public String accountId;
        public String period;

        public Key() {
        }

        public Key(String accountId, String period) {
            this.accountId = accountId;
            this.period = period;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.accountId.equals(accountId) && k.period.equals(period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, period);
        }
    }

    @Id
    @Column(name = "account_id")
    private String accountId;
    @Id
    @Column(name = "period")
    private String period;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "income_fen")
    private Long incomeFen;
    @Column(name = "expense_fen")
    private Long expenseFen;
    @Column
    private Integer entries;
    @Column(name = "chain_head")
    private String chainHead;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    @Column(nullable = false)
    private long version;

    protected FundPeriod() {
    }

    public FundPeriod(String accountId, String period) {
        this.accountId = accountId;
        this.period = period;
        this.state = State.OPEN;
        this.version = 1;
    }

    public void requireOpen() {
        if (state != State.OPEN) {
            throw new StateConflict("Period " + period + " is " + state + ": it takes no more entries; a correction "
                    + "goes into an open later period as a reversing entry");
        }
    }

    /** Closes with its totals; refused while an expense awaits its second approval. */
    public void close(List<FundEntry> entries, String by) {
        requireOpen();
        if (entries.stream().anyMatch(e -> e.state() == FundEntry.State.PENDING_APPROVAL)) {
            throw new StateConflict("Period " + period + " has expenses awaiting a second approval");
        }
        incomeFen = entries.stream().filter(e -> e.direction() == FundEntry.Direction.INCOME)
                .mapToLong(FundEntry::amountFen).sum();
        expenseFen = entries.stream().filter(e -> e.direction() == FundEntry.Direction.EXPENSE)
                .mapToLong(FundEntry::amountFen).sum();
        this.entries = entries.size();
        closedBy = by;
        state = State.CLOSED;
        version++;
    }

    public void reopen() {
        if (state != State.CLOSED) {
            throw new StateConflict("Only a closed, unpublished period reopens; " + period + " is " + state);
        }
        incomeFen = null;
        expenseFen = null;
        entries = null;
        state = State.OPEN;
        version++;
    }

    /** Published with the head of the chain over its entries; from now on nothing in it changes. */
    public void publish(String head, String by, OffsetDateTime now) {
        if (state != State.CLOSED) {
            throw new StateConflict("A period is closed before it is published; " + period + " is " + state);
        }
        chainHead = head;
        publishedBy = by;
        publishedAt = now;
        state = State.PUBLISHED;
        version++;
    }

    public void requireVersion(long expected) {
        VersionMismatch.check(expected, version);
    }

    public String accountId() { return accountId; }
    public String period() { return period; }
    public State state() { return state; }
    public Optional<Long> incomeFen() { return Optional.ofNullable(incomeFen); }
    public Optional<Long> expenseFen() { return Optional.ofNullable(expenseFen); }
    public Optional<Integer> entries() { return Optional.ofNullable(entries); }
    public Optional<String> chainHead() { return Optional.ofNullable(chainHead); }
    public Optional<OffsetDateTime> publishedAt() { return Optional.ofNullable(publishedAt); }
    public long version() { return version; }

}
