package org.jiceng.platform.events.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.events.application.WebhookEndpoints;
import org.jiceng.platform.events.domain.WebhookEndpoint;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.RequestIds;
import org.jiceng.platform.shared.audit.AccessLog;
import org.jiceng.platform.shared.audit.AccessLogEntry;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.PlatformAdmin;
import org.jiceng.platform.shared.tenant.AdministeredTenants;
import org.jiceng.platform.shared.tenant.Tenant;

import java.net.URI;

/**
 * {@code /admin/v1/tenants/{code}/webhook-endpoints}: every webhook endpoint of a tenant, for platform admins, who
 * see which receivers are failing and stop or restart deliveries to one. Endpoints belong to the tenant's
 * applications: platform admins neither create them nor see their secrets, and a URL's query, which may carry the
 * receiver's own credential, is left out. Each change is in the tenant's access log.
 */
@Path("admin/v1/tenants/{code}/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform administration")
public class TenantWebhookEndpointResource {
    private static final String SCOPE = "admin-webhook-endpoints";

    @Inject
    WebhookEndpoints endpoints;
    @Inject
    AdministeredTenants tenants;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Inject
    AccessLog accessLog;
    @Context
    HttpServletRequest http;

    @GET
    @Operation(operationId = "listTenantWebhookEndpoints", summary = "A tenant's webhook endpoints, of every "
            + "application, oldest first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(ref = "WebhookEndpointPage")))
    public PageDto<WebhookDtos.EndpointDto> list(@PathParam("code") String code, @QueryParam("limit") Integer limit,
                                                 @QueryParam("cursor") String cursor) {
        callers.platformAdmin();
        Tenant tenant = tenants.existing(code);
        PageRequest page = PageRequest.of(limit);
        return cursors.page(tenant.id(), SCOPE, endpoints.listFor(tenant, cursors.after(tenant.id(), SCOPE, cursor),
                page.limit()), TenantWebhookEndpointResource::dto, WebhookDtos.EndpointDto::id);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTenantWebhookEndpoint", summary = "One of a tenant's webhook endpoints")
    @APIResponse(responseCode = "200", description = "The endpoint; ETag is its version",
            content = @Content(schema = @Schema(ref = "WebhookEndpoint")))
    public Response get(@PathParam("code") String code, @PathParam("id") String id) {
        callers.platformAdmin();
        WebhookEndpoint e = endpoints.getFor(tenants.existing(code), id);
        return ETags.ok(dto(e), e.version());
    }

    @POST
    @Path("{id}:disable")
    @Operation(operationId = "disableTenantWebhookEndpoint", summary = "Stop deliveries to a tenant's endpoint",
            description = "Its disabledReason says the platform's administrators stopped it; its owner may enable "
                    + "it again. Also for a suspended tenant.")
    @APIResponse(responseCode = "200", description = "Disabled",
            content = @Content(schema = @Schema(ref = "WebhookEndpoint")))
    public Response disable(@PathParam("code") String code, @PathParam("id") String id,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return setEnabled(code, id, ifMatch, false);
    }

    @POST
    @Path("{id}:enable")
    @Operation(operationId = "enableTenantWebhookEndpoint", summary = "Resume deliveries to a tenant's endpoint",
            description = "Clears why it was disabled and its failure streak; deliveries resume from where they "
                    + "stopped.")
    @APIResponse(responseCode = "200", description = "Enabled",
            content = @Content(schema = @Schema(ref = "WebhookEndpoint")))
    public Response enable(@PathParam("code") String code, @PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return setEnabled(code, id, ifMatch, true);
    }

    private Response setEnabled(String code, String id, String ifMatch, boolean enabled) {
        PlatformAdmin admin = callers.platformAdmin();
        Tenant tenant = enabled ? tenants.active(code) : tenants.existing(code);
        WebhookEndpoint e = endpoints.setEnabledFor(tenant, id, ETags.expectedVersion(ifMatch), enabled);
        accessLog.append(new AccessLogEntry(tenant.id(), admin.issuer(), admin.subject(), admin.clientId(),
                enabled ? "webhook_endpoint.enabled" : "webhook_endpoint.disabled", "webhook_endpoint", e.id(), null,
                null, RequestIds.of(http)));
        return ETags.ok(dto(e), e.version());
    }

    /** The endpoint as the platform's administrators see it: no secret, and the URL without its query. */
    static WebhookDtos.EndpointDto dto(WebhookEndpoint e) {
        WebhookDtos.EndpointDto full = WebhookEndpointResource.dto(e, null);
        URI url = e.url();
        String shown = url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? ""
                : url.getRawPath()) + (url.getRawQuery() == null ? "" : "?…");
        return new WebhookDtos.EndpointDto(full.id(), shown, full.description(), full.eventTypes(), full.enabled(),
                full.disabledReason(), full.clientId(), null, full.previousSecretExpiresAt(), full.failingSince(),
                full.version(), full.createdAt(), full.updatedAt());
    }
}
