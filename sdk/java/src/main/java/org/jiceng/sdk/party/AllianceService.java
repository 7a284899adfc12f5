package org.jiceng.sdk.party;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.Bodies;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.time.LocalDate;

/**
 * Alliances such as the "5+" red alliance ({@code /api/v1/alliances}), reached through {@code client.alliances()}:
 * bodies serving one place together, their joint meetings and decisions.
 */
public final class AllianceService {
    private static final String BASE = "/api/v1/alliances";
    private static final JavaType ALLIANCES = Lists.of(Alliance.class);
    private static final JavaType MEETINGS = Lists.of(AllianceMeeting.class);

    private final HttpTransport transport;

    public AllianceService(HttpTransport transport) {
        this.transport = transport;
    }

    public Alliance form(AllianceParams params) {
        return form(params, RequestOptions.none());
    }

    public Alliance form(AllianceParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Alliance.class);
    }

    public Alliance retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Alliance retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(Alliance.class);
    }

    /** The tenant's alliances, auto-paged. */
    public Page<Alliance> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Alliance> list(ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE), ALLIANCES, params, options);
    }

    /** Another body joins the alliance as last read. */
    public Alliance join(Alliance current, AllianceParticipantParams params) {
        return join(current, params, RequestOptions.none());
    }

    public Alliance join(Alliance current, AllianceParticipantParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + "/participants", params)
                .ifMatch(current.version()), options).as(Alliance.class);
    }

    /** Records a joint meeting and its decisions. */
    public AllianceMeeting meet(String allianceId, AllianceMeetingParams params) {
        return meet(allianceId, params, RequestOptions.none());
    }

    public AllianceMeeting meet(String allianceId, AllianceMeetingParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(allianceId) + "/meetings", params).creates(), options)
                .as(AllianceMeeting.class);
    }

    /** Its meetings with their decisions, auto-paged. */
    public Page<AllianceMeeting> meetings(String allianceId, ListParams params) {
        return meetings(allianceId, params, RequestOptions.none());
    }

    public Page<AllianceMeeting> meetings(String allianceId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(allianceId) + "/meetings"), MEETINGS, params, options);
    }

    public AllianceMeeting retrieveMeeting(String allianceId, String meetingId) {
        return retrieveMeeting(allianceId, meetingId, RequestOptions.none());
    }

    public AllianceMeeting retrieveMeeting(String allianceId, String meetingId, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(allianceId) + "/meetings/" + ApiRequest.segment(meetingId)),
                options).as(AllianceMeeting.class);
    }

    /** Marks a decision of the alliance, as last read, done on {@code on} (null: today). */
    public AllianceDecision complete(String allianceId, AllianceDecision current, LocalDate on) {
        return complete(allianceId, current, on, RequestOptions.none());
    }

    public AllianceDecision complete(String allianceId, AllianceDecision current, LocalDate on,
                                     RequestOptions options) {
        return transport.execute(ApiRequest.post(path(allianceId) + "/decisions/" + ApiRequest.segment(current.id())
                + ":done", Bodies.of("doneOn", on)).ifMatch(current.version()), options).as(AllianceDecision.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
