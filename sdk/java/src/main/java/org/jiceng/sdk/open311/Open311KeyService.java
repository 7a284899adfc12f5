package org.jiceng.sdk.open311;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.util.Map;

/**
 * The tenant's Open311 {@code api_key}s ({@code /api/v1/open311-keys}), reached through {@code client.open311Keys()}:
 * a tenant administrator issues one to a vendor's machine client, which the Open311 gateway
 * ({@code /open311/v2}) then lets file service requests as that client.
 */
public final class Open311KeyService {
    private static final String BASE = "/api/v1/open311-keys";
    private static final JavaType PAGE = Lists.of(Open311Key.class);

    private final HttpTransport transport;

    public Open311KeyService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Issues a key to the client; the answer's {@link Open311Key#key()} is shown this once. */
    public Open311Key issue(String clientId) {
        return issue(clientId, RequestOptions.none());
    }

    public Open311Key issue(String clientId, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, Map.of("clientId", clientId)).creates(), options)
                .as(Open311Key.class);
    }

    public Open311Key retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Open311Key retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(BASE + "/" + ApiRequest.segment(id)), options).as(Open311Key.class);
    }

    public Page<Open311Key> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Open311Key> list(ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE), PAGE, params, options);
    }

    /** Revokes the key at once; revoking twice is harmless. */
    public void revoke(String id) {
        revoke(id, RequestOptions.none());
    }

    public void revoke(String id, RequestOptions options) {
        transport.execute(ApiRequest.delete(BASE + "/" + ApiRequest.segment(id)), options);
    }
}
