package org.jiceng.platform.open311.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.open311.application.Open311Keys;
import org.jiceng.platform.open311.domain.Open311Key;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.api.RequestIds;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.audit.AccessLog;
import org.jiceng.platform.shared.audit.AccessLogEntry;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.PlatformAdmin;
import org.jiceng.platform.shared.tenant.AdministeredTenants;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.tenancy.application.TenantAccounts;

/**
 * {@code /admin/v1/tenants/{code}/open311-keys}: a tenant's Open311 keys for platform admins, who issue one to a
 * vendor's machine client while onboarding the district and revoke one at once when it leaks. The same keys the
 * tenant's administrators manage at {@code /api/v1/open311-keys}; each action is in the tenant's access log.
 */
@Path("admin/v1/tenants/{code}/open311-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform administration")
public class TenantOpen311KeyResource {
    private static final String SCOPE = "admin-open311-keys";

    @Inject
    Open311Keys keys;
    @Inject
    AdministeredTenants tenants;
    @Inject
    TenantAccounts accounts;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Inject
    AccessLog accessLog;
    @Context
    UriInfo uri;
    @Context
    HttpServletRequest http;

    @GET
    @Operation(operationId = "listTenantOpen311Keys", summary = "A tenant's Open311 keys, oldest first")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(ref = "Open311KeyPage")))
    public PageDto<Open311KeyResource.KeyDto> list(@PathParam("code") String code, @QueryParam("limit") Integer limit,
                                                   @QueryParam("cursor") String cursor) {
        callers.platformAdmin();
        Tenant tenant = tenants.existing(code);
        PageRequest page = PageRequest.of(limit);
        return cursors.page(tenant.id(), SCOPE, keys.listFor(tenant, cursors.after(tenant.id(), SCOPE, cursor),
                page.limit()), k -> Open311KeyResource.dto(k, null), Open311KeyResource.KeyDto::id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueTenantOpen311Key", summary = "Issue an api_key to one of a tenant's machine clients",
            description = "Where the platform manages the tenant's realm, clientId must name an enabled machine "
                    + "client there (400 otherwise).")
    @APIResponse(responseCode = "201", description = "Issued; the answer carries the key, once",
            content = @Content(schema = @Schema(ref = "Open311Key")))
    @APIResponse(responseCode = "409", description = "The tenant is suspended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@PathParam("code") String code, Open311KeyResource.KeyRequest r) {
        PlatformAdmin admin = callers.platformAdmin();
        Tenant tenant = tenants.active(code);
        RequiredFields.check(r).present("clientId", r.clientId()).orFail();
        // where the platform manages the realm, a key is only for a machine client that exists there: a typo
        // would otherwise make a key for a client nobody holds
        if (accounts.hasMachineClient(tenant.id(), r.clientId()).filter(exists -> !exists).isPresent()) {
            throw new RuleViolation("clientId", "no enabled machine client '" + r.clientId()
                    + "' in the tenant's realm");
        }
        Open311Keys.Issued issued = keys.issueFor(tenant, r.clientId(), admin.subject());
        log(tenant, admin, "open311_key.issued", issued.key());
        return Response.created(uri.getBaseUriBuilder().path("admin/v1/tenants").path(tenant.id())
                        .path("open311-keys").path(issued.key().id()).build())
                .entity(Open311KeyResource.dto(issued.key(), issued.value())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTenantOpen311Key", summary = "One of a tenant's Open311 keys")
    @APIResponse(responseCode = "200", description = "The key, without its value",
            content = @Content(schema = @Schema(ref = "Open311Key")))
    public Open311KeyResource.KeyDto get(@PathParam("code") String code, @PathParam("id") String id) {
        callers.platformAdmin();
        return Open311KeyResource.dto(keys.getFor(tenants.existing(code), id), null);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeTenantOpen311Key", summary = "Revoke one of a tenant's keys at once",
            description = "Also for a suspended tenant: a leaked key is revoked whatever state the tenant is in.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("code") String code, @PathParam("id") String id) {
        PlatformAdmin admin = callers.platformAdmin();
        Tenant tenant = tenants.existing(code);
        log(tenant, admin, "open311_key.revoked", keys.revokeFor(tenant, id));
        return Response.noContent().build();
    }

    private void log(Tenant tenant, PlatformAdmin admin, String action, Open311Key key) {
        accessLog.append(new AccessLogEntry(tenant.id(), admin.issuer(), admin.subject(), admin.clientId(), action,
                "open311_key", key.id(), null, "{\"clientId\":\"" + key.clientId() + "\"}", RequestIds.of(http)));
    }
}
