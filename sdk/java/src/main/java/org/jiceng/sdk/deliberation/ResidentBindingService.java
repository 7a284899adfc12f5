package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.util.Map;

/**
 * Resident bindings ({@code /api/v1/resident-bindings}), reached through {@code client.residentBindings()}: a
 * resident asks to be bound to their household or to an owner; staff verify it; only then may the resident vote and
 * evaluate for it. A vendor's app names the resident with {@link RequestOptions.Builder#endUser}.
 */
public final class ResidentBindingService {
    private static final String BASE = "/api/v1/resident-bindings";
    private static final JavaType PAGE = Lists.of(ResidentBinding.class);

    private final HttpTransport transport;

    public ResidentBindingService(HttpTransport transport) {
        this.transport = transport;
    }

    public ResidentBinding request(BindingParams params) {
        return request(params, RequestOptions.none());
    }

    public ResidentBinding request(BindingParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(ResidentBinding.class);
    }

    public ResidentBinding retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public ResidentBinding retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(ResidentBinding.class);
    }

    /** Every binding for staff, the resident's own otherwise; auto-paged. */
    public Page<ResidentBinding> list(BindingListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<ResidentBinding> list(BindingListParams params, RequestOptions options) {
        ListParams paging = ListParams.builder().limit(params.limit().orElse(null)).build();
        return Lists.page(transport, () -> ApiRequest.get(BASE).query("state", params.state().map(Enum::name)
                .orElse(null)), PAGE, paging, options);
    }

    public ResidentBinding verify(ResidentBinding current) {
        return verify(current, RequestOptions.none());
    }

    public ResidentBinding verify(ResidentBinding current, RequestOptions options) {
        return step(current, "verify", options);
    }

    public ResidentBinding revoke(ResidentBinding current) {
        return revoke(current, RequestOptions.none());
    }

    public ResidentBinding revoke(ResidentBinding current, RequestOptions options) {
        return step(current, "revoke", options);
    }

    private ResidentBinding step(ResidentBinding current, String action, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":" + action, Map.of())
                .ifMatch(current.version()), options).as(ResidentBinding.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
