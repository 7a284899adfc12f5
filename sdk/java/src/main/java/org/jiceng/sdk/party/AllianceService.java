package org.jiceng.sdk.party;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.ListResponse;

import java.time.LocalDate;
import java.util.Map;

/** Alliances such as the "5+" red alliance ({@code /api/v1/alliances}), through {@code client.alliances()}. */
public final class AllianceService {
    private static final JavaType ALLIANCES = PartyOrganizationService.list(Alliance.class);
    private static final JavaType MEETINGS = PartyOrganizationService.list(AllianceMeeting.class);

    private final HttpTransport transport;

    public AllianceService(HttpTransport transport) {
        this.transport = transport;
    }

    public Alliance form(AllianceParams params) {
        return transport.execute(ApiRequest.post("/api/v1/alliances", params).creates(), RequestOptions.none())
                .as(Alliance.class);
    }

    public Alliance retrieve(String id) {
        return transport.execute(ApiRequest.get(path(id)), RequestOptions.none()).as(Alliance.class);
    }

    /** The tenant's alliances, auto-paged. */
    public Page<Alliance> list() {
        return page("/api/v1/alliances", null, ALLIANCES);
    }

    /** Another body joins the alliance. */
    public Alliance join(String allianceId, AllianceParticipantParams params) {
        return transport.execute(ApiRequest.post(path(allianceId) + "/participants", params), RequestOptions.none())
                .as(Alliance.class);
    }

    /** Records a joint meeting and its decisions. */
    public AllianceMeeting meet(String allianceId, AllianceMeetingParams params) {
        return transport.execute(ApiRequest.post(path(allianceId) + "/meetings", params).creates(),
                RequestOptions.none()).as(AllianceMeeting.class);
    }

    /** Its meetings with their decisions, auto-paged. */
    public Page<AllianceMeeting> meetings(String allianceId) {
        return page(path(allianceId) + "/meetings", null, MEETINGS);
    }

    /** Marks a decision done on {@code on} (null: today). */
    public AllianceDecision complete(String allianceId, String decisionId, LocalDate on) {
        return transport.execute(ApiRequest.post(path(allianceId) + "/decisions/" + ApiRequest.segment(decisionId)
                + ":done", on == null ? Map.of() : Map.of("doneOn", on)), RequestOptions.none())
                .as(AllianceDecision.class);
    }

    private <T> Page<T> page(String path, String cursor, JavaType type) {
        ListResponse<T> r = transport.execute(ApiRequest.get(path).query("cursor", cursor), RequestOptions.none())
                .as(type);
        return new Page<>(r.data(), r.nextCursor(), next -> page(path, next, type));
    }

    private static String path(String id) {
        return "/api/v1/alliances/" + ApiRequest.segment(id);
    }
}
