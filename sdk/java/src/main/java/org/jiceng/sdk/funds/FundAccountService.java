package org.jiceng.sdk.funds;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.util.Map;

/**
 * Public-fund ledgers ({@code /api/v1/fund-accounts}), reached through {@code client.fundAccounts()}: accounts and
 * budget lines, entries in fen with their authority, periods closed and published under an SM3 hash chain, the
 * published ledger residents read, and its verification. Entry steps are {@code client.fundEntries()}.
 */
public final class FundAccountService {
    private static final String BASE = "/api/v1/fund-accounts";
    private static final JavaType PAGE = Lists.of(FundAccount.class);
    private static final JavaType LINES = Lists.of(BudgetLine.class);
    private static final JavaType ENTRIES = Lists.of(FundEntry.class);
    private static final JavaType PERIODS = Lists.of(FundPeriod.class);

    private final HttpTransport transport;

    public FundAccountService(HttpTransport transport) {
        this.transport = transport;
    }

    public FundAccount create(FundAccountCreateParams params) {
        return create(params, RequestOptions.none());
    }

    public FundAccount create(FundAccountCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(FundAccount.class);
    }

    public FundAccount retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public FundAccount retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(FundAccount.class);
    }

    /** Accounts, oldest first, auto-paged: anyone in the tenant finds the ledgers they may read. */
    public Page<FundAccount> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<FundAccount> list(ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE), PAGE, params, options);
    }

    public FundAccount update(FundAccount current, FundAccountUpdateParams params) {
        return update(current, params, RequestOptions.none());
    }

    public FundAccount update(FundAccount current, FundAccountUpdateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.patch(path(current.id()), params).ifMatch(current.version()), options)
                .as(FundAccount.class);
    }

    public BudgetLine addBudgetLine(String accountId, BudgetLineParams params) {
        return addBudgetLine(accountId, params, RequestOptions.none());
    }

    public BudgetLine addBudgetLine(String accountId, BudgetLineParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(accountId) + "/budget-lines", params).creates(), options)
                .as(BudgetLine.class);
    }

    public Page<BudgetLine> listBudgetLines(String accountId, ListParams params) {
        return listBudgetLines(accountId, params, RequestOptions.none());
    }

    public Page<BudgetLine> listBudgetLines(String accountId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(accountId) + "/budget-lines"), LINES, params, options);
    }

    /** Records income or an expense; an expense above the threshold waits for a second approval. */
    public FundEntry record(String accountId, FundEntryParams params) {
        return record(accountId, params, RequestOptions.none());
    }

    public FundEntry record(String accountId, FundEntryParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(accountId) + "/entries", params).creates(), options)
                .as(FundEntry.class);
    }

    /** The ledger as kept, in order, auto-paged; optionally one period. */
    public Page<FundEntry> listEntries(String accountId, FundEntryListParams params) {
        return listEntries(accountId, params, RequestOptions.none());
    }

    public Page<FundEntry> listEntries(String accountId, FundEntryListParams params, RequestOptions options) {
        ListParams paging = ListParams.builder().limit(params.limit().orElse(null)).build();
        return Lists.page(transport, () -> ApiRequest.get(path(accountId) + "/entries").query("period",
                params.period().orElse(null)), ENTRIES, paging, options);
    }

    public Page<FundPeriod> listPeriods(String accountId, ListParams params) {
        return listPeriods(accountId, params, RequestOptions.none());
    }

    public Page<FundPeriod> listPeriods(String accountId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(accountId) + "/periods"), PERIODS, params, options);
    }

    /** Closes a period: no pending approvals, totals fixed. */
    public FundPeriod closePeriod(FundPeriod current) {
        return closePeriod(current, RequestOptions.none());
    }

    public FundPeriod closePeriod(FundPeriod current, RequestOptions options) {
        return periodStep(current, "close", options);
    }

    public FundPeriod reopenPeriod(FundPeriod current) {
        return reopenPeriod(current, RequestOptions.none());
    }

    public FundPeriod reopenPeriod(FundPeriod current, RequestOptions options) {
        return periodStep(current, "reopen", options);
    }

    /** Publishes a closed period: chained with SM3, never changed again. */
    public FundPeriod publishPeriod(FundPeriod current) {
        return publishPeriod(current, RequestOptions.none());
    }

    public FundPeriod publishPeriod(FundPeriod current, RequestOptions options) {
        return periodStep(current, "publish", options);
    }

    /** A published period as residents read it. */
    public PublicLedger retrievePublicLedger(String accountId, String period) {
        return retrievePublicLedger(accountId, period, RequestOptions.none());
    }

    public PublicLedger retrievePublicLedger(String accountId, String period, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(accountId) + "/public-ledger").query("period", period), options)
                .as(PublicLedger.class);
    }

    /** A published period as a spreadsheet: {@code csv} (UTF-8 with BOM) or {@code xlsx}, formula-safe cells. */
    public byte[] exportPublicLedger(String accountId, String period, String format) {
        return exportPublicLedger(accountId, period, format, RequestOptions.none());
    }

    public byte[] exportPublicLedger(String accountId, String period, String format, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(accountId) + "/public-ledger:export").query("period", period)
                .query("format", format).header("Accept", "text/csv, "
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json"),
                options).body();
    }

    /** Published spending of a subtree's accounts by period and category (published periods only). */
    public FundSpending spending(FundSpendingParams params) {
        return spending(params, RequestOptions.none());
    }

    public FundSpending spending(FundSpendingParams params, RequestOptions options) {
        return transport.execute(ApiRequest.get(BASE + ":stats").query("gridId", params.gridId())
                .query("from", params.from()).query("to", params.to()), options).as(FundSpending.class);
    }

    /** Recomputes the hash chain over every published entry. */
    public LedgerVerification verify(String accountId) {
        return verify(accountId, RequestOptions.none());
    }

    public LedgerVerification verify(String accountId, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(accountId) + ":verify"), options).as(LedgerVerification.class);
    }

    private FundPeriod periodStep(FundPeriod current, String action, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.accountId()) + "/periods/"
                + ApiRequest.segment(current.period()) + ":" + action, Map.of()).ifMatch(current.version()), options)
                .as(FundPeriod.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
