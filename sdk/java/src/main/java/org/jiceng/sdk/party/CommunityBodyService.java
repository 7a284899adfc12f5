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
 * Owners' committees, property companies and the other bodies of a community ({@code /api/v1/community-bodies}),
 * reached through {@code client.communityBodies()}, with their seats and candidacies.
 */
public final class CommunityBodyService {
    private static final String BASE = "/api/v1/community-bodies";
    private static final JavaType BODIES = Lists.of(CommunityBody.class);
    private static final JavaType SEATS = Lists.of(BodySeat.class);

    private final HttpTransport transport;

    public CommunityBodyService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Records a body serving a grid node. */
    public CommunityBody create(CommunityBodyCreateParams params) {
        return create(params, RequestOptions.none());
    }

    public CommunityBody create(CommunityBodyCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(CommunityBody.class);
    }

    public CommunityBody retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public CommunityBody retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(CommunityBody.class);
    }

    /** The bodies serving a grid subtree, optionally of one kind; auto-paged. */
    public Page<CommunityBody> list(CommunityBodyListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<CommunityBody> list(CommunityBodyListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE).query("gridId", params.gridId())
                        .query("kind", params.kind().map(Enum::name).orElse(null)), BODIES,
                ListParams.builder().limit(params.limit().orElse(null)).build(), options);
    }

    /** Seats a person on the body, or records their candidacy. */
    public BodySeat seat(String bodyId, SeatParams params) {
        return seat(bodyId, params, RequestOptions.none());
    }

    public BodySeat seat(String bodyId, SeatParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(bodyId) + "/seats", params).creates(), options)
                .as(BodySeat.class);
    }

    /** Its seats and candidacies, serving and ended, auto-paged. */
    public Page<BodySeat> seats(String bodyId, ListParams params) {
        return seats(bodyId, params, RequestOptions.none());
    }

    public Page<BodySeat> seats(String bodyId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(bodyId) + "/seats"), SEATS, params, options);
    }

    public BodySeat retrieveSeat(String bodyId, String seatId) {
        return retrieveSeat(bodyId, seatId, RequestOptions.none());
    }

    public BodySeat retrieveSeat(String bodyId, String seatId, RequestOptions options) {
        return transport.execute(ApiRequest.get(seat(bodyId, seatId)), options).as(BodySeat.class);
    }

    /** Ends the seat as last read on {@code on} (null: today). */
    public BodySeat endSeat(BodySeat current, LocalDate on) {
        return endSeat(current, on, RequestOptions.none());
    }

    public BodySeat endSeat(BodySeat current, LocalDate on, RequestOptions options) {
        return transport.execute(ApiRequest.post(seat(current.bodyId(), current.id()) + ":end",
                Bodies.of("endedOn", on)).ifMatch(current.version()), options).as(BodySeat.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }

    private static String seat(String bodyId, String seatId) {
        return path(bodyId) + "/seats/" + ApiRequest.segment(seatId);
    }
}
