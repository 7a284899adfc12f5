package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;
import org.jiceng.sdk.open311.Open311Key;

import java.util.Map;

/**
 * A tenant's Open311 {@code api_key}s ({@code /admin/v1/tenants/{code}/open311-keys}), for platform admins: issue
 * one to a vendor's machine client while onboarding the district, revoke a leaked one at once. The same keys the
 * tenant's administrators manage with {@code client.open311Keys()}. Reached through
 * {@code client.tenants().open311Keys()}.
 */
public final class TenantOpen311KeyService {
    private static final JavaType PAGE = Lists.of(Open311Key.class);

    private final HttpTransport transport;

    TenantOpen311KeyService(HttpTransport transport) {
        this.transport = transport;
    }

    /** The tenant's keys, oldest first, revoked ones included. */
    public Page<Open311Key> list(String code, ListParams params) {
        return list(code, params, RequestOptions.none());
    }

    public Page<Open311Key> list(String code, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(code)), PAGE, params, options);
    }

    /**
     * Issues a key to one of the tenant's machine clients (where the platform manages the tenant's realm, one that
     * exists there and is enabled); the answer's {@link Open311Key#key()} is shown once.
     */
    public Open311Key issue(String code, String clientId) {
        return issue(code, clientId, RequestOptions.none());
    }

    public Open311Key issue(String code, String clientId, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(code), Map.of("clientId", clientId)).creates(), options)
                .as(Open311Key.class);
    }

    public Open311Key retrieve(String code, String id) {
        return retrieve(code, id, RequestOptions.none());
    }

    public Open311Key retrieve(String code, String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(code) + "/" + ApiRequest.segment(id)), options)
                .as(Open311Key.class);
    }

    /** Revokes the key at once, also for a suspended tenant; revoking twice is harmless. */
    public void revoke(String code, String id) {
        revoke(code, id, RequestOptions.none());
    }

    public void revoke(String code, String id, RequestOptions options) {
        transport.execute(ApiRequest.delete(path(code) + "/" + ApiRequest.segment(id)), options);
    }

    private static String path(String code) {
        return "/admin/v1/tenants/" + ApiRequest.segment(code) + "/open311-keys";
    }
}
