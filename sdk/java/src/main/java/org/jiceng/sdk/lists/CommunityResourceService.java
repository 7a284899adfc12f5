package org.jiceng.sdk.lists;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.util.Map;

/**
 * 资源清单 ({@code /api/v1/community-resources}), reached through {@code client.communityResources()}: places, teams,
 * person-role pools, services and funds with their providers, and the booking of places (a taken slot is 409).
 */
public final class CommunityResourceService {
    private static final String BASE = "/api/v1/community-resources";
    private static final JavaType PAGE = Lists.of(CommunityResource.class);
    private static final JavaType BOOKINGS = Lists.of(Booking.class);

    private final HttpTransport transport;

    public CommunityResourceService(HttpTransport transport) {
        this.transport = transport;
    }

    public CommunityResource create(ResourceCreateParams params) {
        return create(params, RequestOptions.none());
    }

    public CommunityResource create(ResourceCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(CommunityResource.class);
    }

    public CommunityResource retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public CommunityResource retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(CommunityResource.class);
    }

    /** The resources of a grid subtree, auto-paged. */
    public Page<CommunityResource> list(String gridId, ListParams params) {
        return list(gridId, params, RequestOptions.none());
    }

    public Page<CommunityResource> list(String gridId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE).query("gridId", gridId), PAGE, params, options);
    }

    public CommunityResource update(CommunityResource current, ResourceUpdateParams params) {
        return update(current, params, RequestOptions.none());
    }

    public CommunityResource update(CommunityResource current, ResourceUpdateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.patch(path(current.id()), params).ifMatch(current.version()), options)
                .as(CommunityResource.class);
    }

    /** Books a place for a slot; a slot overlapping a booking is refused (409). */
    public Booking book(String resourceId, BookingParams params) {
        return book(resourceId, params, RequestOptions.none());
    }

    public Booking book(String resourceId, BookingParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(resourceId) + "/bookings", params).creates(), options)
                .as(Booking.class);
    }

    public Page<Booking> listBookings(String resourceId, ListParams params) {
        return listBookings(resourceId, params, RequestOptions.none());
    }

    public Page<Booking> listBookings(String resourceId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(resourceId) + "/bookings"), BOOKINGS, params, options);
    }

    public Booking cancelBooking(Booking current) {
        return cancelBooking(current, RequestOptions.none());
    }

    public Booking cancelBooking(Booking current, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.resourceId()) + "/bookings/"
                + ApiRequest.segment(current.id()) + ":cancel", Map.of()).ifMatch(current.version()), options)
                .as(Booking.class);
    }

    /** The three lists of a subtree counted: resources by kind and provider, needs, projects. */
    public ListCounts stats(String gridId) {
        return stats(gridId, RequestOptions.none());
    }

    public ListCounts stats(String gridId, RequestOptions options) {
        return transport.execute(ApiRequest.get("/api/v1/lists:stats").query("gridId", gridId), options)
                .as(ListCounts.class);
    }

    /** The resources list of a subtree as a spreadsheet: {@code csv} (UTF-8 with BOM) or {@code xlsx}. */
    public byte[] export(String gridId, String format) {
        return export(gridId, format, RequestOptions.none());
    }

    public byte[] export(String gridId, String format, RequestOptions options) {
        return transport.execute(ApiRequest.get(BASE + ":export").query("gridId", gridId).query("format", format)
                .header("Accept", "text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, "
                        + "application/problem+json"), options).body();
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }

}
