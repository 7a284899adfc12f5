package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.util.Map;

/**
 * 微心愿 ({@code /api/v1/wishes}), reached through {@code client.wishes()}. A resident posts; a volunteer claims and
 * fulfils; the resident confirms (and the volunteer's points are credited once) or withdraws an unclaimed wish.
 * Each step takes the wish as last read and sends its version as {@code If-Match}.
 */
public final class WishService {
    private static final String BASE = "/api/v1/wishes";
    private static final JavaType PAGE = Lists.of(Wish.class);

    private final HttpTransport transport;

    public WishService(HttpTransport transport) {
        this.transport = transport;
    }

    public Wish post(WishPostParams params) {
        return post(params, RequestOptions.none());
    }

    public Wish post(WishPostParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Wish.class);
    }

    public Wish retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Wish retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(Wish.class);
    }

    /** Wishes, oldest first, auto-paged: all of them for coordinators, a resident's (or vendor app's) own otherwise. */
    public Page<Wish> list(WishListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Wish> list(WishListParams params, RequestOptions options) {
        ListParams paging = ListParams.builder().limit(params.limit().orElse(null)).build();
        return Lists.page(transport, () -> ApiRequest.get(BASE).query("status",
                params.status().map(Enum::name).orElse(null)), PAGE, paging, options);
    }

    /** A volunteer claims the wish. */
    public Wish claim(Wish current, String volunteerId) {
        return claim(current, volunteerId, RequestOptions.none());
    }

    public Wish claim(Wish current, String volunteerId, RequestOptions options) {
        return step(current, "claim", Map.of("volunteerId", volunteerId), options);
    }

    public Wish fulfil(Wish current) {
        return fulfil(current, RequestOptions.none());
    }

    public Wish fulfil(Wish current, RequestOptions options) {
        return step(current, "fulfil", Map.of(), options);
    }

    /** The resident confirms; the volunteer's points are credited once. */
    public Wish confirm(Wish current) {
        return confirm(current, RequestOptions.none());
    }

    public Wish confirm(Wish current, RequestOptions options) {
        return step(current, "confirm", Map.of(), options);
    }

    /** The resident withdraws a wish nobody has claimed. */
    public Wish withdraw(Wish current) {
        return withdraw(current, RequestOptions.none());
    }

    public Wish withdraw(Wish current, RequestOptions options) {
        return step(current, "withdraw", Map.of(), options);
    }

    private Wish step(Wish current, String action, Map<String, Object> body, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":" + action, body).ifMatch(current.version()),
                options).as(Wish.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
