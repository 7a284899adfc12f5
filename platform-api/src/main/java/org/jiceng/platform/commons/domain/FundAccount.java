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
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.VersionMismatch;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A public-fund account of a community or compound: its operating funds, property-fee spending, maintenance fund or
 * support funds. Its ledger is kept in periods of a month or a year; an expense above {@code secondApprovalFen}
 * needs a second person's approval before it is posted.
 */
@Entity
@Table(name = "fund_account")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class FundAccount {
    public enum Kind { COMMUNITY_OPERATING, PROPERTY_FEE, MAINTENANCE_FUND, SUPPORT_FUND }

    public enum PeriodKind { MONTH, YEAR }

    @Id
    private String id;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false)
    private PeriodKind periodKind;
    @Column(name = "second_approval_fen", nullable = false)
    private long secondApprovalFen;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected FundAccount() {
    }

    public FundAccount(String id, String gridId, Kind kind, String name, PeriodKind periodKind, long secondApprovalFen,
                       OffsetDateTime now) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new RuleViolation("name", "1-100 characters");
        }
        this.id = id;
        this.gridId = gridId;
        this.kind = kind;
        this.name = name.strip();
        this.periodKind = periodKind;
        threshold(secondApprovalFen);
        this.version = 1;
        this.createdAt = now;
    }

    private void threshold(long fen) {
        if (fen < 0) {
            throw new RuleViolation("secondApprovalFen", "0 or more fen (0: every expense needs a second approver)");
        }
        secondApprovalFen = fen;
    }

    public void changeThreshold(long fen) {
        threshold(fen);
        version++;
    }

    /** The period an entry of {@code day} belongs to: {@code 2023-05} by month, {@code 2023} by year. */
    public String periodOf(LocalDate day) {
        return periodKind == PeriodKind.MONTH ? String.format("%04d-%02d", day.getYear(), day.getMonthValue())
                : String.format("%04d", day.getYear());
    }

    /** Whether {@code period} is a well-formed period of this account. */
    public boolean isPeriod(String period) {
        return period != null && (periodKind == PeriodKind.MONTH ? period.matches("\\d{4}-(0[1-9]|1[0-2])")
                : period.matches("\\d{4}"));
    }

    public boolean needsSecondApproval(FundEntry.Direction direction, long amountFen) {
        return direction == FundEntry.Direction.EXPENSE && amountFen > secondApprovalFen;
    }

    public void requireVersion(long expected) {
        VersionMismatch.check(expected, version);
    }

    public String id() { return id; }
    public String gridId() { return gridId; }
    public Kind kind() { return kind; }
    public String name() { return name; }
    public PeriodKind periodKind() { return periodKind; }
    public long secondApprovalFen() { return secondApprovalFen; }
    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }

}
