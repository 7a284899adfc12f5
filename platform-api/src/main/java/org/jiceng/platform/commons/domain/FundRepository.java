package org.jiceng.platform.commons.domain;

import java.util.List;
import java.util.Optional;

/** The fund ledgers' records within the caller's tenant. Lists return up to {@code limit + 1}. */
public interface FundRepository {
    void add(Object entity);

    void flush();

    Optional<FundAccount> account(String id);

    Optional<FundAccount> accountForUpdate(String id);

    List<FundAccount> accounts(String afterId, int limit);

    Optional<FundPeriod> period(String accountId, String period);

    Optional<FundPeriod> periodForUpdate(String accountId, String period);

    List<FundPeriod> periods(String accountId);

    /** The account's published periods, oldest first. */
    List<FundPeriod> publishedPeriods(String accountId);

    Optional<FundEntry> entry(String id);

    Optional<FundEntry> entryForUpdate(String id);

    /** The entry that reverses {@code entryId}, if any. */
    Optional<FundEntry> reversalOf(String entryId);

    /** Entries of one period in ledger order. */
    List<FundEntry> entries(String accountId, String period);

    /** Entries of the account in ledger order after {@code afterSeq}. */
    List<FundEntry> entries(String accountId, long afterSeq, int limit);

    /** The next sequence number of the account's ledger (the account row is locked by the caller). */
    long nextSeq(String accountId);

    Optional<BudgetLine> budgetLine(String id);

    List<BudgetLine> budgetLines(String accountId);
}
