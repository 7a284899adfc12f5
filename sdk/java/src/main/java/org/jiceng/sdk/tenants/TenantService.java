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
    private final TenantStaffService staff;
    private final TenantClientService clients;
    private final TenantOpen311KeyService open311Keys;
    private final TenantWebhookEndpointService webhookEndpoints;

    public TenantService(HttpTransport transport) {
        this.transport = transport;
        this.staff = new TenantStaffService(transport);
        this.clients = new TenantClientService(transport);
        this.open311Keys = new TenantOpen311KeyService(transport);
        this.webhookEndpoints = new TenantWebhookEndpointService(transport);
    }

    /** The people of tenants' realms: invite, roles, leavers. */
    public TenantStaffService staff() {
        return staff;
    }

    /** The API clients of tenants' realms: list, create, rotate secrets. */
    public TenantClientService clients() {
        return clients;
    }

    /** Tenants' Open311 keys: issue to a vendor's client, revoke. */
    public TenantOpen311KeyService open311Keys() {
        return open311Keys;
    }

    /** Tenants' webhook endpoints: see which fail, stop and resume deliveries. */
    public TenantWebhookEndpointService webhookEndpoints() {
        return webhookEndpoints;
    }

    /**
     * Onboards a tenant in one call: its realm with the platform's roles, the machine client {@code <code>-admin},
     * the console's client, the first tenant admin, then its registration. Needs the platform to hold a Keycloak
     * service account (else 409: use the {@code jiceng-admin} CLI). Secrets in the answer are shown this once.
     */
    public TenantOnboarding onboard(TenantOnboardParams params) {
        return onboard(params, RequestOptions.none());
    }

    public TenantOnboarding onboard(TenantOnboardParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE + ":onboard", params.toBody()), options)
                .as(TenantOnboarding.class);
    }

    /** Imports an active tenant's grid file, as the tenant's own {@code grids().importFile} would. */
    public org.jiceng.sdk.grids.GridImportResult importGrids(String code, byte[] content,
                                                             org.jiceng.sdk.grids.GridFileFormat format) {
        return importGrids(code, content, format, RequestOptions.none());
    }

    public org.jiceng.sdk.grids.GridImportResult importGrids(String code, byte[] content,
                                                             org.jiceng.sdk.grids.GridFileFormat format,
                                                             RequestOptions options) {
        return transport.execute(ApiRequest.post(path(code) + "/grids:import", content)
                .contentType(format.contentType()), options).as(org.jiceng.sdk.grids.GridImportResult.class);
    }

    public Tenant register(TenantRegisterParams params) {
        return register(params, RequestOptions.none());
    }

    public Tenant register(TenantRegisterParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params.toBody()), options).as(Tenant.class);
    }

    /** The tenant's key figures: grid nodes, cases, volunteers, Party members, and rows per table. */
    public TenantFigures figures(String code) {
        return figures(code, RequestOptions.none());
    }

    public TenantFigures figures(String code, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(code) + "/figures"), options).as(TenantFigures.class);
    }

    public Tenant retrieve(String code) {
        return retrieve(code, RequestOptions.none());
    }

    public Tenant retrieve(String code, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(code)), options).as(Tenant.class);
    }

    /** Every tenant, ordered by code, fetched page by page as it is iterated. */
    public Page<Tenant> list(org.jiceng.sdk.ListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Tenant> list(org.jiceng.sdk.ListParams params, RequestOptions options) {
        return org.jiceng.sdk.core.Lists.page(transport, () -> ApiRequest.get(BASE), LIST, params, options);
    }

    public Tenant update(Tenant current, TenantUpdateParams params) {
        return update(current, params, RequestOptions.none());
    }

    public Tenant update(Tenant current, TenantUpdateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.patch(path(current.code()), params.toPatch()).ifMatch(current.version()),
                options).as(Tenant.class);
    }

    /** Refuses every request with the tenant's tokens from now on; its data is kept. */
    public Tenant suspend(String code) {
        return suspend(code, RequestOptions.none());
    }

    public Tenant suspend(String code, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(code) + ":suspend", null), options)
                .as(Tenant.class);
    }

    public Tenant resume(String code) {
        return resume(code, RequestOptions.none());
    }

    public Tenant resume(String code, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(code) + ":resume", null), options)
                .as(Tenant.class);
    }

    /** Every record of the tenant; when it is suspended, also the confirmation {@link #offboard} needs. */
    public TenantExport export(String code) {
        return export(code, RequestOptions.none());
    }

    public TenantExport export(String code, RequestOptions options) {
        ApiResponse r = transport.execute(ApiRequest.post(path(code) + ":export", null)
                .header("Accept", "application/zip, application/problem+json"), options);
        return new TenantExport(r.body(), r.header("Jiceng-Offboarding-Confirmation").orElse(null));
    }

    /** Erases a suspended, exported tenant; returns the rows deleted per table. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> offboard(String code, String confirmation) {
        return offboard(code, confirmation, RequestOptions.none());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Long> offboard(String code, String confirmation, RequestOptions options) {
        Map<String, Object> result = transport.execute(ApiRequest.post(path(code) + ":offboard",
                Map.of("confirmation", confirmation)), options).as(COUNTS);
        Map<String, Object> deleted = (Map<String, Object>) result.get("deleted");
        java.util.LinkedHashMap<String, Long> out = new java.util.LinkedHashMap<>();
        deleted.forEach((k, v) -> out.put(k, ((Number) v).longValue()));
        return out;
    }

    /** Removes a tenant that holds no records (to undo a registration); a tenant with data is offboarded. */
    public void unregister(String code) {
        unregister(code, RequestOptions.none());
    }

    public void unregister(String code, RequestOptions options) {
        transport.execute(ApiRequest.delete(path(code)), options);
    }

    private static String path(String code) {
        return BASE + "/" + ApiRequest.segment(code);
    }
}
