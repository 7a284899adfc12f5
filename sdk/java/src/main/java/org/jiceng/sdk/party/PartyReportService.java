package org.jiceng.sdk.party;

import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.Bodies;
import org.jiceng.sdk.core.HttpTransport;

/** 在职党员报到: in-service members report to a community ({@code /api/v1/party-reports}), reached through {@code client.partyReports()}. The community accepts (the reporter joins its roster as IN_SERVICE_REPORTED) or declines, on the report as last read. */
public final class PartyReportService {
    private static final String BASE = "/api/v1/party-reports";

    private final HttpTransport transport;

    public PartyReportService(HttpTransport transport) {
        this.transport = transport;
    }

    /** An in-service member reports to a community's organisation. */
    public PartyReport report(InServiceReportParams params) {
        return report(params, RequestOptions.none());
    }

    public PartyReport report(InServiceReportParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(PartyReport.class);
    }

    public PartyReport retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public PartyReport retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(PartyReport.class);
    }

    /** Accepts it as last read; {@code params} may carry the date (default today) and a note. */
    public PartyReport accept(PartyReport current, PartyDecisionParams params) {
        return accept(current, params, RequestOptions.none());
    }

    public PartyReport accept(PartyReport current, PartyDecisionParams params, RequestOptions options) {
        return decide(current, "accept", params, options);
    }

    /** Declines it as last read, saying why in {@code params.reason()}. */
    public PartyReport decline(PartyReport current, PartyDecisionParams params) {
        return decline(current, params, RequestOptions.none());
    }

    public PartyReport decline(PartyReport current, PartyDecisionParams params, RequestOptions options) {
        return decide(current, "decline", params, options);
    }

    private PartyReport decide(PartyReport current, String action, PartyDecisionParams params,
                              RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":" + action, Bodies.of(
                "decidedOn", params.decidedOn().orElse(null), "note", params.note().orElse(null),
                "reason", params.reason().orElse(null))).ifMatch(current.version()), options).as(PartyReport.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
