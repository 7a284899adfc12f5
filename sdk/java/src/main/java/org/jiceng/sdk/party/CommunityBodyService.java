package org.jiceng.sdk.party;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.ListResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Owners' committees, property companies, supervisory and residents' committees and "two new" organisations
 * ({@code /api/v1/community-bodies}), reached through {@code client.communityBodies()}.
 */
public final class CommunityBodyService {
    private static final JavaType BODIES = PartyOrganizationService.list(CommunityBody.class);
    private static final JavaType SEATS = PartyOrganizationService.list(BodySeat.class);

    private final HttpTransport transport;

    public CommunityBodyService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Records a body of {@code kind} (OWNERS_COMMITTEE, PROPERTY_COMPANY …) serving a grid node. */
    public CommunityBody create(String kind, String name, String gridId, LocalDate establishedOn) {
        return transport.execute(ApiRequest.post("/api/v1/community-bodies", Map.of("kind", kind, "name", name,
                "gridId", gridId, "establishedOn", establishedOn)).creates(), RequestOptions.none())
                .as(CommunityBody.class);
    }

    public CommunityBody retrieve(String id) {
        return transport.execute(ApiRequest.get(path(id)), RequestOptions.none()).as(CommunityBody.class);
    }

    /** The bodies serving a grid subtree, optionally of one kind; auto-paged. */
    public Page<CommunityBody> list(String gridId, String kind) {
        return page(gridId, kind, null);
    }

    /** Seats a person on the body, or records their candidacy. */
    public BodySeat seat(String bodyId, SeatParams params) {
        return transport.execute(ApiRequest.post(path(bodyId) + "/seats", params).creates(), RequestOptions.none())
                .as(BodySeat.class);
    }

    /** Its seats and candidacies, serving and ended. */
    public List<BodySeat> seats(String bodyId) {
        ListResponse<BodySeat> r = transport.execute(ApiRequest.get(path(bodyId) + "/seats"), RequestOptions.none())
                .as(SEATS);
        return r.data();
    }

    /** Ends a seat on {@code on} (null: today). */
    public BodySeat endSeat(String bodyId, String seatId, LocalDate on) {
        return transport.execute(ApiRequest.post(path(bodyId) + "/seats/" + ApiRequest.segment(seatId) + ":end",
                on == null ? Map.of() : Map.of("endedOn", on)), RequestOptions.none()).as(BodySeat.class);
    }

    private Page<CommunityBody> page(String gridId, String kind, String cursor) {
        ListResponse<CommunityBody> r = transport.execute(ApiRequest.get("/api/v1/community-bodies")
                .query("gridId", gridId).query("kind", kind).query("cursor", cursor), RequestOptions.none())
                .as(BODIES);
        return new Page<>(r.data(), r.nextCursor(), next -> page(gridId, kind, next));
    }

    private static String path(String id) {
        return "/api/v1/community-bodies/" + ApiRequest.segment(id);
    }
}
