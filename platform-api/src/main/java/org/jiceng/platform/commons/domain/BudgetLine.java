package org.jiceng.platform.commons.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.time.OffsetDateTime;

/** A line of an account's annual budget, in fen: an authority entries of that year may cite. */
@Entity
@Table(name = "fund_budget_line")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class BudgetLine {
    @Id
    private String id;
    @Column(name = "account_id", nullable = false)
    private String accountId;
    @Column(nullable = false)
    private int year;
    @Column(nullable = false)
    private String name;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected BudgetLine() {
    }

    public BudgetLine(String id, String accountId, int year, String name, long amountFen, OffsetDateTime now) {
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("year", "2000 to 2100");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new RuleViolation("name", "1-100 characters");
        }
        if (amountFen <= 0) {
            throw new RuleViolation("amountFen", "a whole number of fen above 0");
        }
        this.id = id;
        this.accountId = accountId;
        this.year = year;
        this.name = name.strip();
        this.amountFen = amountFen;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String accountId() { return accountId; }
    public int year() { return year; }
    public String name() { return name; }
    public long amountFen() { return amountFen; }
}
