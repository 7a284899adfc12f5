package org.jiceng.sdk.party;

import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.Bodies;
import org.jiceng.sdk.core.HttpTransport;

/** 组织关系转接: transfers of members' organisational relationship ({@code /api/v1/party-transfers}), reached through {@code client.partyTransfers()}. Accepting moves the member (or lets them leave the tenant) and ends their posts in the old organisation. */
public final class PartyTransferService {
    private static final String BASE = "/api/v1/party-transfers";

    private final HttpTransport transport;

    public PartyTransferService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Records a transfer issued out of the member's organisation; one under way per member. */
    public PartyTransfer issue(TransferParams params) {
        return issue(params, RequestOptions.none());
    }

    public PartyTransfer issue(TransferParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(PartyTransfer.class);
    }

    public PartyTransfer retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public PartyTransfer retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(PartyTransfer.class);
    }

    /** Accepts it as last read; {@code params} may carry the date (default today) and a note. */
    public PartyTransfer accept(PartyTransfer current, PartyDecisionParams params) {
        return accept(current, params, RequestOptions.none());
    }

    public PartyTransfer accept(PartyTransfer current, PartyDecisionParams params, RequestOptions options) {
        return decide(current, "accept", params, options);
    }

    /** Declines it as last read, saying why in {@code params.reason()}. */
    public PartyTransfer decline(PartyTransfer current, PartyDecisionParams params) {
        return decline(current, params, RequestOptions.none());
    }

    public PartyTransfer decline(PartyTransfer current, PartyDecisionParams params, RequestOptions options) {
        return decide(current, "decline", params, options);
    }

    private PartyTransfer decide(PartyTransfer current, String action, PartyDecisionParams params,
                              RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":" + action, Bodies.of(
                "decidedOn", params.decidedOn().orElse(null), "note", params.note().orElse(null),
                "reason", params.reason().orElse(null))).ifMatch(current.version()), options).as(PartyTransfer.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
