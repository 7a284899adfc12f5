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
import org.jiceng.platform.shared.domain.StateConflict;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One line of a fund ledger: income or expense, in fen (integers only), on a day, of a category, with a counterparty
 * (an organisation by name; a person sealed, and masked in what is published), attachments, and its authority (a
 * deliberation decision, a project or a budget line). An expense above the account's threshold waits for a second
 * person's approval. An entry never changes once posted; a mistake is corrected by a reversing entry in a later
 * period. On publication it receives its link in the period's hash chain.
 */
@Entity
@Table(name = "fund_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class FundEntry {
    public enum Direction { INCOME, EXPENSE }

    public enum CounterpartyKind { ORGANISATION, PERSON }

    public enum AuthorityKind { DECISION, PROJECT, BUDGET_LINE }

    public enum State { PENDING_APPROVAL, POSTED }

    /** What an entry states, before the ledger places it. */
    public record Facts(Direction direction, long amountFen, LocalDate occurredOn, String category,
                        CounterpartyKind counterpartyKind, String counterpartyOrg, String counterpartyMasked,
                        String counterpartyNameSealed, String attachmentsJson, AuthorityKind authorityKind,
                        String authorityRef) {
    }

    @Id
    private String id;
    @Column(name = "account_id", nullable = false)
    private String accountId;
    @Column(nullable = false)
    private long seq;
    @Column(nullable = false)
    private String period;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;
    @Column(nullable = false)
    private String category;
    @Enumerated(EnumType.STRING)
    @Column(name = "counterparty_kind", nullable = false)
    private CounterpartyKind counterpartyKind;
    @Column(name = "counterparty_org")
    private String counterpartyOrg;
    @Column(name = "counterparty_masked")
    private String counterpartyMasked;
    @Column(name = "counterparty_name_enc")
    private String counterpartyNameEnc;
    @Column(name = "attachments_json", nullable = false)
    private String attachmentsJson;
    @Enumerated(EnumType.STRING)
    @Column(name = "authority_kind", nullable = false)
    private AuthorityKind authorityKind;
    @Column(name = "authority_ref", nullable = false)
    private String authorityRef;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "reverses_entry_id")
    private String reversesEntryId;
    @Column(name = "chain_hash")
    private String chainHash;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected FundEntry() {
    }

    public FundEntry(String id, FundAccount account, long seq, Facts f, String reversesEntryId, String recordedBy,
                     OffsetDateTime now) {
        if (f.amountFen() <= 0) {
            throw new RuleViolation("amountFen", "a whole number of fen above 0 (the direction says income or expense)");
        }
        if (f.amountFen() > 100_000_000_000L) {
            throw new RuleViolation("amountFen", "at most 1,000,000,000 yuan");
        }
        if (f.occurredOn() == null || f.occurredOn().isAfter(now.toLocalDate().plusDays(1))) {
            throw new RuleViolation("occurredOn", "a date not in the future");
        }
        if (f.category() == null || f.category().isBlank() || f.category().length() > 50) {
            throw new RuleViolation("category", "1-50 characters");
        }
        if (f.authorityRef() == null || f.authorityRef().isBlank()) {
            throw new RuleViolation("authorityRef", "the decision, project or budget line that authorises it");
        }
        this.id = id;
        this.accountId = account.id();
        this.seq = seq;
        this.period = account.periodOf(f.occurredOn());
        this.direction = f.direction();
        this.amountFen = f.amountFen();
        this.occurredOn = f.occurredOn();
        this.category = f.category().strip();
        this.counterpartyKind = f.counterpartyKind();
        this.counterpartyOrg = f.counterpartyOrg();
        this.counterpartyMasked = f.counterpartyMasked();
        this.counterpartyNameEnc = f.counterpartyNameSealed();
        this.attachmentsJson = f.attachmentsJson();
        this.authorityKind = f.authorityKind();
        this.authorityRef = f.authorityRef().strip();
        this.reversesEntryId = reversesEntryId;
        this.recordedBy = recordedBy;
        this.state = account.needsSecondApproval(direction, amountFen) ? State.PENDING_APPROVAL : State.POSTED;
        this.version = 1;
        this.createdAt = now;
    }

    /** Moves a correction into {@code period} (a later, open one), whatever day it is dated. */
    public void bookIn(String openPeriod) {
        period = openPeriod;
    }

    /** The second person approves the expense; the one who recorded it cannot. */
    public void approve(String approver) {
        if (state != State.PENDING_APPROVAL) {
            throw new StateConflict("The entry is " + state + "; only a pending expense is approved");
        }
        if (recordedBy.equals(approver)) {
            throw new StateConflict("A second person approves the expense, not the one who recorded it");
        }
        approvedBy = approver;
        state = State.POSTED;
        version++;
    }

    /** The entry's link in the published chain. */
    public void chain(String hash) {
        chainHash = hash;
    }

    public String id() { return id; }
    public String accountId() { return accountId; }
    public long seq() { return seq; }
    public String period() { return period; }
    public Direction direction() { return direction; }
    public long amountFen() { return amountFen; }
    /** Income positive, expense negative. */
    public long signedFen() { return direction == Direction.INCOME ? amountFen : -amountFen; }
    public LocalDate occurredOn() { return occurredOn; }
    public String category() { return category; }
    public CounterpartyKind counterpartyKind() { return counterpartyKind; }
    public Optional<String> counterpartyOrg() { return Optional.ofNullable(counterpartyOrg); }
    public Optional<String> counterpartyMasked() { return Optional.ofNullable(counterpartyMasked); }
    public Optional<String> counterpartyNameEnc() { return Optional.ofNullable(counterpartyNameEnc); }
    /** How the counterparty is shown in the published ledger: an organisation's name, a person masked. */
    public String counterpartyShown() {
        return counterpartyKind == CounterpartyKind.ORGANISATION ? counterpartyOrg : counterpartyMasked;
    }
    public String attachmentsJson() { return attachmentsJson; }
    public AuthorityKind authorityKind() { return authorityKind; }
    public String authorityRef() { return authorityRef; }
    public State state() { return state; }
    public String recordedBy() { return recordedBy; }
    public Optional<String> approvedBy() { return Optional.ofNullable(approvedBy); }
    public Optional<String> reversesEntryId() { return Optional.ofNullable(reversesEntryId); }
    public Optional<String> chainHash() { return Optional.ofNullable(chainHash); }
    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }
    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }
}
