package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.ListResponse;
import org.jiceng.sdk.core.Lists;

import java.util.List;

/**
 * A tenant realm's API clients ({@code /admin/v1/tenants/{code}/clients}), for platform admins: list, create machine
 * clients, rotate their secrets. Reached through {@code client.tenants().clients()}; needs the platform to hold a
 * Keycloak service account.
 */
public final class TenantClientService {
    private static final JavaType LIST = Lists.of(ApiClient.class);

    private final HttpTransport transport;

    TenantClientService(HttpTransport transport) {
        this.transport = transport;
    }

    /** The realm's clients whose tokens reach the platform, ordered by client id. */
    public List<ApiClient> list(String code) {
        return list(code, RequestOptions.none());
    }

    public List<ApiClient> list(String code, RequestOptions options) {
        ListResponse<ApiClient> all = transport.execute(ApiRequest.get(path(code)), options).as(LIST);
        return all.data();
    }

    /** Creates a machine client (client-credentials grant); its secret is in the answer, this once. */
    public ApiClientSecret create(String code, ApiClientCreateParams params) {
        return create(code, params, RequestOptions.none());
    }

    public ApiClientSecret create(String code, ApiClientCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(code), params.toBody()), options).as(ApiClientSecret.class);
    }

    /** A new secret for a machine client; the previous one stops working at once. */
    public ApiClientSecret rotateSecret(String code, String clientId) {
        return rotateSecret(code, clientId, RequestOptions.none());
    }

    public ApiClientSecret rotateSecret(String code, String clientId, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(code) + "/" + ApiRequest.segment(clientId) + ":rotate-secret",
                null), options).as(ApiClientSecret.class);
    }

    private static String path(String code) {
        return "/admin/v1/tenants/" + ApiRequest.segment(code) + "/clients";
    }
}
