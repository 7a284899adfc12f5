package org.jiceng.sdk.funds;

import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;

import java.util.Map;

/**
 * Ledger entries ({@code /api/v1/fund-entries}), reached through {@code client.fundEntries()}: read one, approve a
 * large expense (a second person), correct one by a reversing entry in an open period.
 */
public final class FundEntryService {
    private static final String BASE = "/api/v1/fund-entries";

    private final HttpTransport transport;

    public FundEntryService(HttpTransport transport) {
        this.transport = transport;
    }

    public FundEntry retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public FundEntry retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(FundEntry.class);
    }

    /** The second approver posts the expense; the one who recorded it cannot. */
    public FundEntry approve(FundEntry current) {
        return approve(current, RequestOptions.none());
    }

    public FundEntry approve(FundEntry current, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":approve", Map.of())
                .ifMatch(current.version()), options).as(FundEntry.class);
    }

    /** Corrects the entry by a reversing one in today's period; returns the reversing entry. */
    public FundEntry reverse(String entryId, String reason) {
        return reverse(entryId, reason, RequestOptions.none());
    }

    public FundEntry reverse(String entryId, String reason, RequestOptions options) {
        return reverse(entryId, FundReversalParams.builder().reason(reason).build(), options);
    }

    /** Corrects the entry by a reversing one dated as given, in that day's (open, later) period. */
    public FundEntry reverse(String entryId, FundReversalParams params) {
        return reverse(entryId, params, RequestOptions.none());
    }

    public FundEntry reverse(String entryId, FundReversalParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(entryId) + ":reverse", params).creates(), options)
                .as(FundEntry.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
