package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.ApiResponse;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.core.ListResponse;

import java.util.Map;

/**
 * Platform administration of tenants ({@code /admin/v1/tenants}); needs a token of the platform realm with the
 * {@code platform-admin} role. Reached through {@code client.tenants()}.
 */
public final class TenantService {
    private static final String BASE = "/admin/v1/tenants";
    private static final JavaType LIST = Json.mapper().getTypeFactory()
            .constructParametricType(ListResponse.class, Tenant.class);
    private static final JavaType COUNTS = Json.mapper().getTypeFactory()
            .constructMapType(Map.class, String.class, Object.class);

    private final HttpTransport transport;

    public TenantService(HttpTransport transport) {
        this.transport = transport;
    }

    public Tenant register(TenantRegisterParams params) {
        return transport.execute(ApiRequest.post(BASE, params.toBody()), RequestOptions.none()).as(Tenant.class);
    }

    public Tenant retrieve(String code) {
        return transport.execute(ApiRequest.get(path(code)), RequestOptions.none()).as(Tenant.class);
    }

    /** Every tenant, ordered by code, fetched page by page as it is iterated. */
    public Page<Tenant> list() {
        return list(null);
    }

    private Page<Tenant> list(String cursor) {
        ApiResponse r = transport.execute(ApiRequest.get(BASE).query("cursor", cursor), RequestOptions.none());
        ListResponse<Tenant> page = r.as(LIST);
        return new Page<>(page.data(), page.nextCursor(), this::list);
    }

    public Tenant update(Tenant current, TenantUpdateParams params) {
        return transport.execute(ApiRequest.patch(path(current.code()), params.toPatch()).ifMatch(current.version()),
                RequestOptions.none()).as(Tenant.class);
    }

    /** Refuses every request with the tenant's tokens from now on; its data is kept. */
    public Tenant suspend(String code) {
        return transport.execute(ApiRequest.post(path(code) + ":suspend", null), RequestOptions.none())
                .as(Tenant.class);
    }

    public Tenant resume(String code) {
        return transport.execute(ApiRequest.post(path(code) + ":resume", null), RequestOptions.none())
                .as(Tenant.class);
    }

    /** Every record of the tenant; when it is suspended, also the confirmation {@link #offboard} needs. */
    public TenantExport export(String code) {
        ApiResponse r = transport.execute(ApiRequest.post(path(code) + ":export", null)
                .header("Accept", "application/zip, application/problem+json"), RequestOptions.none());
        return new TenantExport(r.body(), r.header("Jiceng-Offboarding-Confirmation").orElse(null));
    }

    /** Erases a suspended, exported tenant; returns the rows deleted per table. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> offboard(String code, String confirmation) {
        Map<String, Object> result = transport.execute(ApiRequest.post(path(code) + ":offboard",
                Map.of("confirmation", confirmation)), RequestOptions.none()).as(COUNTS);
        Map<String, Object> deleted = (Map<String, Object>) result.get("deleted");
        java.util.LinkedHashMap<String, Long> out = new java.util.LinkedHashMap<>();
        deleted.forEach((k, v) -> out.put(k, ((Number) v).longValue()));
        return out;
    }

    /** Removes a tenant that holds no records (to undo a registration); a tenant with data is offboarded. */
    public void unregister(String code) {
        transport.execute(ApiRequest.delete(path(code)), RequestOptions.none());
    }

    private static String path(String code) {
        return BASE + "/" + ApiRequest.segment(code);
    }
}
