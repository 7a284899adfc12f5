package org.jiceng.platform.commons.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import org.jiceng.platform.commons.domain.BudgetLine;
import org.jiceng.platform.commons.domain.FundAccount;
import org.jiceng.platform.commons.domain.FundEntry;
import org.jiceng.platform.commons.domain.FundPeriod;
import org.jiceng.platform.commons.domain.FundRepository;
import org.jiceng.platform.commons.domain.LedgerChain;
import org.jiceng.platform.deliberation.domain.DeliberationRepository;
import org.jiceng.platform.grid.domain.GridLevel;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.pii.Disclosure;
import org.jiceng.platform.shared.pii.Masking;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Public-fund ledgers: accounts and budget lines, entries with their authority, second approval of large expenses,
 * corrections by reversing entries, periods closed and published under the SM3 chain, the published ledger anyone
 * in the tenant reads, and the chain's verification.
 */
@ApplicationScoped
@Transactional
public class Ledgers {
    static final String NAME_COLUMN = "fund_entry.counterparty_name_enc";
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    @Inject
    FundRepository repo;
    @Inject
    GridRepository grids;
    @Inject
    DeliberationRepository deliberation;
    @Inject
    org.jiceng.platform.commons.domain.ListsRepository projects;
    @Inject
    CallerContext callers;
    @Inject
    Disclosure disclosure;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private LocalDate today(Caller c) {
        return now().atZoneSameInstant(ZoneId.of(c.tenant().settings().timeZone())).toLocalDate();
    }

    private Caller keeper() {
        Caller c = callers.get();
        c.require(Permission.FUNDS_WRITE);
        return c;
    }

    public FundAccount createAccount(String gridId, FundAccount.Kind kind, String name, FundAccount.PeriodKind period,
                                     Long secondApprovalFen) {
        keeper();
        GridNode node = grids.find(gridId).orElseThrow(() -> new RecordNotFound("grid", gridId));
        if (node.level() != GridLevel.COMMUNITY && node.level() != GridLevel.COMPOUND) {
            throw new RuleViolation("gridId", "a community or a compound");
        }
        FundAccount a = new FundAccount(Ids.newId(), node.id(), kind, name, period == null
                ? FundAccount.PeriodKind.MONTH : period, secondApprovalFen == null ? 500_000L : secondApprovalFen,
                now());
        repo.add(a);
        repo.flush();
        outbox.record("fund_account.created", "fund_account", a.id(), Map.of("id", a.id(), "gridId", a.gridId()));
        return a;
    }

    /** Accounts are public within the tenant: residents find the ledgers they may read. */
    public FundAccount account(String id) {
        callers.get();
        return repo.account(id).orElseThrow(() -> new RecordNotFound("fund account", id));
    }

    public Slice<FundAccount> accounts(String afterId, int limit) {
        callers.get();
        return Slice.of(repo.accounts(afterId, limit), limit);
    }

    public FundAccount changeThreshold(String id, long expectedVersion, Long secondApprovalFen) {
        keeper();
        FundAccount a = repo.accountForUpdate(id).orElseThrow(() -> new RecordNotFound("fund account", id));
        a.requireVersion(expectedVersion);
        if (secondApprovalFen != null) {
            a.changeThreshold(secondApprovalFen);
        }
        repo.flush();
        outbox.record("fund_account.changed", "fund_account", a.id(), Map.of("id", a.id()));
        return a;
    }

    public BudgetLine addBudgetLine(String accountId, Integer year, String name, Long amountFen) {
        keeper();
        FundAccount a = account(accountId);
        if (year == null || amountFen == null) {
            throw new RuleViolation(year == null ? "year" : "amountFen", "required");
        }
        if (repo.budgetLines(a.id()).stream().anyMatch(b -> b.year() == year && b.name().equals(
                name == null ? null : name.strip()))) {
            throw new StateConflict("The account has a budget line of that name for " + year + " already");
        }
        BudgetLine b = new BudgetLine(Ids.newId(), a.id(), year, name, amountFen, now());
        repo.add(b);
        repo.flush();
        outbox.record("fund_budget_line.created", "fund_account", a.id(), Map.of("id", a.id(), "lineId", b.id()));
        return b;
    }

    public List<BudgetLine> budgetLines(String accountId) {
        callers.get();
        return repo.budgetLines(account(accountId).id());
    }

    /** An entry as sent; a person counterparty's name is sealed and shown masked. */
    public record NewEntry(FundEntry.Direction direction, Long amountFen, LocalDate occurredOn, String category,
                           FundEntry.CounterpartyKind counterpartyKind, String counterpartyName,
                           List<Attachment> attachments, FundEntry.AuthorityKind authorityKind, String authorityRef) {
    }

    /** An invoice or receipt: where it is, and its SHA-256, so the published ledger can be checked against it. */
    public record Attachment(String url, String sha256) {
    }

    public FundEntry record(String accountId, NewEntry n) {
        Caller caller = keeper();
        FundAccount a = repo.accountForUpdate(accountId).orElseThrow(() -> new RecordNotFound("fund account",
                accountId));
        if (n.direction() == null || n.counterpartyKind() == null || n.authorityKind() == null) {
            throw new RuleViolation(n.direction() == null ? "direction" : n.counterpartyKind() == null
                    ? "counterpartyKind" : "authorityKind", "required");
        }
        if (n.amountFen() == null) {
            throw new RuleViolation("amountFen", "a whole number of fen above 0");
        }
        if (n.occurredOn() == null || n.occurredOn().isAfter(today(caller).plusDays(1))) {
            throw new RuleViolation("occurredOn", "a date not in the future");
        }
        requireAuthority(a, n.authorityKind(), n.authorityRef(), n.occurredOn());
        FundEntry.Facts facts = facts(caller, n, n.authorityRef());
        String period = a.periodOf(n.occurredOn());
        openPeriod(a, period).requireOpen();
        FundEntry e = new FundEntry(Ids.newId(), a, repo.nextSeq(a.id()), facts, null, caller.subject(), now());
        repo.add(e);
        repo.flush();
        outbox.record("fund_entry.recorded", "fund_entry", e.id(), Map.of("id", e.id(), "accountId", a.id(),
                "period", e.period(), "state", e.state().name()));
        return e;
    }

    private FundEntry.Facts facts(Caller caller, NewEntry n, String authorityRef) {
        String name = n.counterpartyName() == null ? null : n.counterpartyName().strip();
        if (name == null || name.isEmpty() || name.length() > 100) {
            throw new RuleViolation("counterpartyName", "1-100 characters");
        }
        boolean person = n.counterpartyKind() == FundEntry.CounterpartyKind.PERSON;
        return new FundEntry.Facts(n.direction(), n.amountFen(), n.occurredOn(), n.category(), n.counterpartyKind(),
                person ? null : name, person ? Masking.name(name) : null,
                person ? disclosure.seal(caller, NAME_COLUMN, name) : null, attachments(n.attachments()),
                n.authorityKind(), authorityRef);
    }

    private static String attachments(List<Attachment> given) {
        List<Attachment> list = given == null ? List.of() : given;
        if (list.size() > 20) {
            throw new RuleViolation("attachments", "at most 20");
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Attachment at : list) {
            if (at == null || at.url() == null || !at.url().startsWith("https://") || at.url().length() > 500
                    || at.sha256() == null || !SHA256.matcher(at.sha256()).matches()) {
                throw new RuleViolation("attachments", "each an https URL and the file's SHA-256 in lower-case hex");
            }
            out.add(Json.createObjectBuilder().add("url", at.url()).add("sha256", at.sha256()));
        }
        return out.build().toString();
    }

    /**
     * The authority exists: a passed deliberation decision, a budget line of this account and year, or a project of
     * the projects list that is not cancelled.
     */
    private void requireAuthority(FundAccount a, FundEntry.AuthorityKind kind, String ref, LocalDate on) {
        if (ref == null || ref.isBlank()) {
            throw new RuleViolation("authorityRef", "the decision, project or budget line that authorises it");
        }
        switch (kind) {
            case DECISION -> {
                var topic = deliberation.topic(ref).orElseThrow(() -> new RuleViolation("authorityRef",
                        "a decision (a topic) of this tenant"));
                if (!topic.passed()) {
                    throw new RuleViolation("authorityRef", "a passed decision");
                }
            }
            case BUDGET_LINE -> {
                BudgetLine line = repo.budgetLine(ref).orElseThrow(() -> new RuleViolation("authorityRef",
                        "a budget line of this account"));
                if (!line.accountId().equals(a.id()) || line.year() != on.getYear()) {
                    throw new RuleViolation("authorityRef", "a budget line of this account for " + on.getYear());
                }
            }
            case PROJECT -> {
                var project = projects.project(ref).orElseThrow(() -> new RuleViolation("authorityRef",
                        "a project of the projects list"));
                if (project.state() == org.jiceng.platform.commons.domain.Project.State.CANCELLED) {
                    throw new RuleViolation("authorityRef", "a project that is not cancelled");
                }
            }
        }
    }

    private FundPeriod openPeriod(FundAccount a, String period) {
        return repo.periodForUpdate(a.id(), period).orElseGet(() -> {
            FundPeriod p = new FundPeriod(a.id(), period);
            repo.add(p);
            repo.flush();
            return p;
        });
    }

    public FundEntry entry(String id) {
        callers.get().require(Permission.FUNDS_READ);
        return repo.entry(id).orElseThrow(() -> new RecordNotFound("fund entry", id));
    }

    /** The ledger as kept (staff): one period, or all of it, in ledger order. */
    public Slice<FundEntry> entries(String accountId, Optional<String> period, long afterSeq, int limit) {
        callers.get().require(Permission.FUNDS_READ);
        FundAccount a = account(accountId);
        if (period.isPresent()) {
            requirePeriodName(a, period.get());
            return Slice.of(repo.entries(a.id(), period.get()).stream().filter(e -> e.seq() > afterSeq)
                    .limit(limit + 1L).toList(), limit);
        }
        return Slice.of(repo.entries(a.id(), afterSeq, limit), limit);
    }

    private static void requirePeriodName(FundAccount a, String period) {
        if (!a.isPeriod(period)) {
            throw new RuleViolation("period", a.periodKind() == FundAccount.PeriodKind.MONTH ? "yyyy-mm" : "yyyy");
        }
    }

    /** The counterparty's name as the caller may see it: unmasked only with pii:read, and that read is logged. */
    public String counterpartyName(FundEntry e) {
        if (e.counterpartyKind() == FundEntry.CounterpartyKind.ORGANISATION) {
            return e.counterpartyOrg().orElse(null);
        }
        return disclosure.show("fund_entry", e.id(), new Disclosure.Field("counterpartyName", NAME_COLUMN,
                e.counterpartyNameEnc().orElse(null), Masking::name)).get("counterpartyName");
    }

    /** The second person approves a large expense. */
    public FundEntry approve(String id, long expectedVersion) {
        Caller caller = keeper();
        FundEntry e = repo.entryForUpdate(id).orElseThrow(() -> new RecordNotFound("fund entry", id));
        e.requireVersion(expectedVersion);
        repo.period(e.accountId(), e.period()).orElseThrow().requireOpen();
        e.approve(caller.subject());
        repo.flush();
        outbox.record("fund_entry.approved", "fund_entry", e.id(), Map.of("id", e.id()));
        return e;
    }

    /**
     * Corrects an entry by a reversing one, dated {@code on} (today if not given) and booked in that day's period,
     * which must be open, and later than the original's once that is closed: the original stays as published.
     */
    public FundEntry reverse(String id, String reason, LocalDate on) {
        Caller caller = keeper();
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new RuleViolation("reason", "1-200 characters");
        }
        FundEntry original = repo.entryForUpdate(id).orElseThrow(() -> new RecordNotFound("fund entry", id));
        FundAccount a = repo.accountForUpdate(original.accountId()).orElseThrow();
        if (original.reversesEntryId().isPresent()) {
            throw new StateConflict("A reversing entry is not reversed again; record the right entry instead");
        }
        if (repo.reversalOf(original.id()).isPresent()) {
            throw new StateConflict("The entry has been reversed already");
        }
        if (original.state() != FundEntry.State.POSTED) {
            throw new StateConflict("Only a posted entry is corrected; a pending one is approved or left out");
        }
        LocalDate today = on == null ? today(caller) : on;
        if (today.isAfter(today(caller).plusDays(1))) {
            throw new RuleViolation("occurredOn", "a date not in the future");
        }
        String period = a.periodOf(today);
        if (period.compareTo(original.period()) <= 0 && repo.period(a.id(), original.period()).orElseThrow().state()
                != FundPeriod.State.OPEN) {
            throw new StateConflict("The correction of an entry in a closed period goes into a later, open period");
        }
        openPeriod(a, period).requireOpen();
        FundEntry.Direction back = original.direction() == FundEntry.Direction.INCOME ? FundEntry.Direction.EXPENSE
                : FundEntry.Direction.INCOME;
        FundEntry.Facts facts = new FundEntry.Facts(back, original.amountFen(), today, original.category(),
                original.counterpartyKind(), original.counterpartyOrg().orElse(null),
                original.counterpartyMasked().orElse(null), original.counterpartyNameEnc().orElse(null),
                original.attachmentsJson(), original.authorityKind(), original.authorityRef());
        FundEntry r = new FundEntry(Ids.newId(), a, repo.nextSeq(a.id()), facts, original.id(), caller.subject(),
                now());
        repo.add(r);
        repo.flush();
        outbox.record("fund_entry.reversed", "fund_entry", original.id(), Map.of("id", original.id(),
                "reversalId", r.id(), "reason", reason.strip()));
        return r;
    }

    public List<FundPeriod> periods(String accountId) {
        callers.get();
        return repo.periods(account(accountId).id());
    }

    public FundPeriod close(String accountId, String period, long expectedVersion) {
        Caller caller = keeper();
        FundPeriod p = periodForUpdate(accountId, period);
        p.requireVersion(expectedVersion);
        p.close(repo.entries(p.accountId(), p.period()), caller.subject());
        return periodEvent(p, "fund_period.closed");
    }

    public FundPeriod reopen(String accountId, String period, long expectedVersion) {
        keeper();
        FundPeriod p = periodForUpdate(accountId, period);
        p.requireVersion(expectedVersion);
        p.reopen();
        return periodEvent(p, "fund_period.reopened");
    }

    /** Publishes a closed period: its entries get their links in the chain, continuing from the last published. */
    public FundPeriod publish(String accountId, String period, long expectedVersion) {
        Caller caller = keeper();
        FundPeriod p = periodForUpdate(accountId, period);
        p.requireVersion(expectedVersion);
        if (p.state() != FundPeriod.State.CLOSED) {
            p.publish(null, caller.subject(), now()); // refused with the state
        }
        if (repo.periods(p.accountId()).stream().anyMatch(x -> x.period().compareTo(p.period()) < 0
                && x.state() != FundPeriod.State.PUBLISHED)) {
            throw new StateConflict("Earlier periods are published first, so that the chain runs in order");
        }
        String head = repo.publishedPeriods(p.accountId()).stream().reduce((x, y) -> y)
                .flatMap(FundPeriod::chainHead).orElse(LedgerChain.GENESIS);
        for (FundEntry e : repo.entries(p.accountId(), p.period())) {
            head = LedgerChain.link(head, e);
            e.chain(head);
        }
        repo.flush(); // the links first: the period's publication seals its entries
        p.publish(head, caller.subject(), now());
        return periodEvent(p, "fund_period.published");
    }

    private FundPeriod periodForUpdate(String accountId, String period) {
        FundAccount a = account(accountId);
        requirePeriodName(a, period);
        return repo.periodForUpdate(a.id(), period).orElseThrow(() -> new RecordNotFound("period", period));
    }

    private FundPeriod periodEvent(FundPeriod p, String type) {
        repo.flush();
        outbox.record(type, "fund_account", p.accountId(), Map.of("id", p.accountId(), "period", p.period(),
                "state", p.state().name()));
        return p;
    }

    /** A published period as anyone in the tenant reads it: its entries (people masked) and totals per category. */
    public record PublishedPeriod(FundAccount account, FundPeriod period, List<FundEntry> entries) {
    }

    public PublishedPeriod published(String accountId, String period) {
        callers.get();
        FundAccount a = account(accountId);
        requirePeriodName(a, period);
        FundPeriod p = repo.period(a.id(), period).filter(x -> x.state() == FundPeriod.State.PUBLISHED)
                .orElseThrow(() -> new RecordNotFound("published period", period));
        return new PublishedPeriod(a, p, repo.entries(a.id(), p.period()));
    }

    @Inject
    org.jiceng.platform.commons.domain.FundStatistics statistics;

    /** Published spending of a subtree's accounts by period and category, periods {@code from} to {@code to}. */
    public List<org.jiceng.platform.commons.domain.FundStatistics.Line> spending(String gridId, String from,
                                                                                String to) {
        callers.get();
        GridNode node = grids.find(gridId).orElseThrow(() -> new RecordNotFound("grid", gridId));
        Pattern period = Pattern.compile("^\\d{4}(-(0[1-9]|1[0-2]))?$");
        if (from == null || !period.matcher(from).matches()) {
            throw new RuleViolation("from", "a period: yyyy or yyyy-mm");
        }
        if (to == null || !period.matcher(to).matches() || to.compareTo(from) < 0) {
            throw new RuleViolation("to", "a period (yyyy or yyyy-mm) on or after from");
        }
        return statistics.published(node.path(), from, to);
    }

    /** What {@link #verify} found. */
    public record Verification(int periodsChecked, int entriesChecked, boolean intact, String firstBrokenEntryId,
                               String firstBrokenPeriod) {
    }

    /** Recomputes the chain over every published period from the stored entries, as the database holds them now. */
    public Verification verify(String accountId) {
        callers.get();
        FundAccount a = account(accountId);
        String head = LedgerChain.GENESIS;
        int periods = 0;
        int entries = 0;
        for (FundPeriod p : repo.publishedPeriods(a.id())) {
            periods++;
            for (FundEntry e : repo.entries(a.id(), p.period())) {
                entries++;
                head = LedgerChain.link(head, e);
                if (!head.equals(e.chainHash().orElse(""))) {
                    return new Verification(periods, entries, false, e.id(), p.period());
                }
            }
            if (!head.equals(p.chainHead().orElse(""))) {
                return new Verification(periods, entries, false, null, p.period());
            }
        }
        return new Verification(periods, entries, true, null, null);
    }
}
