package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

/**
 * 居民小组代表 ({@code /api/v1/representatives}), reached through {@code client.representatives()}: two or three per
 * residents' group; the electorate of a residents' meeting of that form and of the representatives' meeting.
 */
public final class RepresentativeService {
    private static final String BASE = "/api/v1/representatives";
    private static final JavaType PAGE = Lists.of(Representative.class);

    private final HttpTransport transport;

    public RepresentativeService(HttpTransport transport) {
        this.transport = transport;
    }

    public Representative add(RepresentativeParams params) {
        return add(params, RequestOptions.none());
    }

    public Representative add(RepresentativeParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Representative.class);
    }

    /** The representatives of the groups within a subtree, auto-paged. */
    public Page<Representative> list(String gridId, ListParams params) {
        return list(gridId, params, RequestOptions.none());
    }

    public Page<Representative> list(String gridId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE).query("gridId", gridId), PAGE, params, options);
    }

    public void remove(String id) {
        remove(id, RequestOptions.none());
    }

    public void remove(String id, RequestOptions options) {
        transport.execute(ApiRequest.delete(BASE + "/" + ApiRequest.segment(id)), options);
    }
}
