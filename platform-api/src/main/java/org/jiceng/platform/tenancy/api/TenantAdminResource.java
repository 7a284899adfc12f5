package org.jiceng.platform.tenancy.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.api.RequestIds;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.PlatformAdmin;
import org.jiceng.platform.tenancy.application.TenantAdministration;
import org.jiceng.platform.shared.tenant.Tenant;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/v1/tenants}: onboarding and offboarding of tenants, for the {@code platform-admin} role of the
 * platform realm only. Every action lands in the access log.
 */
@Path("admin/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform administration", description = "Tenants: register, settings, suspend, resume, export, offboard")
public class TenantAdminResource {
    static final String CONFIRMATION_HEADER = "Jiceng-Offboarding-Confirmation";
    private static final String CURSOR_TENANT = "platform";

    @Inject
    TenantAdministration tenants;
    @Inject
    CallerContext callers;
    @Inject
    Cursors cursors;
    @Context
    UriInfo uri;
    @Context
    HttpServletRequest http;

    @POST
    @Path("tenants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerTenant", summary = "Register a tenant and its identity realm's issuer")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(ref = "Tenant")))
    @APIResponse(responseCode = "409", description = "Code or issuer taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(TenantRegisterRequest request) {
        PlatformAdmin admin = callers.platformAdmin();
        RequiredFields.check(request).present("code", request.code()).present("name", request.name())
                .present("kind", request.kind()).present("divisionCode", request.divisionCode())
                .present("issuer", request.issuer()).maxLength("name", request.name(), 100)
                .maxLength("issuer", request.issuer(), 500).orFail();
        Tenant t = tenants.register(TenantAssembler.toNewTenant(request), admin, RequestIds.of(http));
        return Response.created(uri.getBaseUriBuilder().path("admin/v1/tenants").path(t.id()).build())
                .tag(ETags.of(t.version())).entity(TenantAssembler.toDto(t)).build();
    }

    @GET
    @Path("tenants")
    @Operation(operationId = "listTenants", summary = "Registered tenants, ordered by code")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(ref = "TenantPage")))
    public PageDto<TenantDto> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        callers.platformAdmin();
        PageRequest page = PageRequest.of(limit);
        String after = cursor == null ? null : cursors.decode(CURSOR_TENANT, "tenants", cursor);
        Slice<Tenant> slice = tenants.list(after, page.limit());
        List<TenantDto> data = slice.items().stream().map(TenantAssembler::toDto).toList();
        return new PageDto<>(data, slice.hasMore()
                ? cursors.encode(CURSOR_TENANT, "tenants", data.get(data.size() - 1).code()) : null);
    }

    @GET
    @Path("tenants/{code}")
    @Operation(operationId = "getTenant", summary = "One tenant with its settings")
    @APIResponse(responseCode = "200", description = "The tenant; ETag is its version",
            content = @Content(schema = @Schema(ref = "Tenant")))
    public Response get(@PathParam("code") String code) {
        callers.platformAdmin();
        return ok(tenants.get(code));
    }

    @GET
    @Path("tenants/{code}/figures")
    @Operation(operationId = "getTenantFigures", summary = "A tenant's key figures: its records by kind",
            description = "Grid nodes, cases, volunteers and Party members, and every table's row count; counts "
                    + "only, never the records.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(ref = "TenantFigures")))
    @APIResponse(responseCode = "404", description = "No such tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TenantFiguresDto figures(@PathParam("code") String code) {
        callers.platformAdmin();
        Map<String, Long> records = tenants.figures(code);
        return new TenantFiguresDto(code, records.getOrDefault("grid_node", 0L),
                records.getOrDefault("case_record", 0L), records.getOrDefault("volunteer", 0L),
                records.getOrDefault("party_member", 0L), records);
    }

    @PATCH
    @Path("tenants/{code}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateTenant", summary = "Change name or settings (JSON merge patch)",
            description = "Requires If-Match. Code, kind, division code and issuer are fixed once registered.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(ref = "Tenant")))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = "application/merge-patch+json",
                                   schema = @Schema(ref = "TenantPatch"))) byte[] body) {
        PlatformAdmin admin = callers.platformAdmin();
        long expected = ETags.expectedVersion(ifMatch);
        JsonObject patch;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            patch = reader.readObject();
        }
        return ok(tenants.update(code, expected, TenantAssembler.toChanges(patch), admin, RequestIds.of(http)));
    }

    @POST
    @Path("tenants/{code}:suspend")
    @Operation(operationId = "suspendTenant", summary = "Refuse every request with the tenant's tokens; keep its data")
    @APIResponse(responseCode = "200", description = "Suspended (also when it already was)",
            content = @Content(schema = @Schema(ref = "Tenant")))
    public Response suspend(@PathParam("code") String code) {
        return ok(tenants.suspend(code, callers.platformAdmin(), RequestIds.of(http)));
    }

    @POST
    @Path("tenants/{code}:resume")
    @Operation(operationId = "resumeTenant", summary = "Accept the tenant's tokens again")
    @APIResponse(responseCode = "200", description = "Active (also when it already was)",
            content = @Content(schema = @Schema(ref = "Tenant")))
    public Response resume(@PathParam("code") String code) {
        return ok(tenants.resume(code, callers.platformAdmin(), RequestIds.of(http)));
    }

    @POST
    @Path("tenants/{code}:export")
    @Produces("application/zip")
    @Operation(operationId = "exportTenant", summary = "Every record of the tenant as JSON Lines in one ZIP",
            description = "One consistent snapshot: manifest.json (files, record counts, SHA-256), tenant.json and "
                    + "<table>.jsonl per record family, plus the tenant's access log. Exporting a SUSPENDED tenant "
                    + "also returns the one-time offboarding confirmation, valid 24 h.")
    @APIResponse(responseCode = "200", description = "The archive",
            headers = @Header(name = CONFIRMATION_HEADER, description = "Only when the tenant is suspended",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/zip",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("code") String code) {
        TenantAdministration.Export export = tenants.export(code, callers.platformAdmin(), RequestIds.of(http));
        StreamingOutput body = out -> {
            try {
                Files.copy(export.archive(), out);
            } finally {
                Files.deleteIfExists(export.archive());
            }
        };
        Response.ResponseBuilder r = Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"jiceng-" + code + "-export.zip\"");
        export.offboardingConfirmation().ifPresent(c -> r.header(CONFIRMATION_HEADER, c));
        return r.build();
    }

    @POST
    @Path("tenants/{code}:offboard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "offboardTenant", summary = "Erase a suspended, exported tenant",
            description = "Deletes every record of the tenant and its registry entry in one transaction; the access "
                    + "log is kept for its retention period. Where the platform holds a Keycloak service account and "
                    + "provisioned the tenant's realm, the realm is deleted too (realmDeleted); else delete it with "
                    + "the CLI.")
    @APIResponse(responseCode = "200", description = "Erased; rows deleted per table",
            content = @Content(schema = @Schema(ref = "TenantOffboardResult")))
    @APIResponse(responseCode = "409", description = "Not suspended, or no export made since",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, Object> offboard(@PathParam("code") String code, OffboardRequest request) {
        PlatformAdmin admin = callers.platformAdmin();
        RequiredFields.check(request).present("confirmation", request.confirmation()).orFail();
        Tenant tenant = tenants.get(code);
        Map<String, Long> deleted = tenants.offboard(code, request.confirmation(), admin, RequestIds.of(http));
        boolean realmDeleted;
        try {
            realmDeleted = tenants.removeRealmOf(tenant);
        } catch (RuntimeException keycloakDown) {
            realmDeleted = false; // the data is erased; the empty realm is left for the CLI
        }
        return Map.of("code", code, "deleted", deleted, "realmDeleted", realmDeleted);
    }

    @DELETE
    @Path("tenants/{code}")
    @Operation(operationId = "unregisterTenant", summary = "Remove a tenant that holds no records",
            description = "Undoes a registration, e.g. of an onboarding that failed; tenants with data are offboarded.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The tenant holds records",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response unregister(@PathParam("code") String code) {
        tenants.unregister(code, callers.platformAdmin(), RequestIds.of(http));
        return Response.noContent().build();
    }

    private static Response ok(Tenant t) {
        return Response.ok(TenantAssembler.toDto(t)).tag(ETags.of(t.version())).build();
    }

    /** OpenAPI shape of a page of tenants. */
    @Schema(name = "TenantPage")
    static final class TenantPageSchema {
        public List<TenantDto> data;
        @Schema(nullable = true)
        public String nextCursor;
    }

    /** OpenAPI shape of the merge patch. */
    @Schema(name = "TenantPatch", type = SchemaType.OBJECT)
    static final class TenantPatchSchema {
        public String name;
        public TenantSettingsDto settings;
    }

    /** OpenAPI shape of an offboarding's result. */
    @Schema(name = "TenantOffboardResult")
    static final class OffboardResultSchema {
        public String code;
        @Schema(description = "Rows deleted per table", additionalProperties = Long.class)
        public Map<String, Long> deleted;
        @Schema(description = "Whether the tenant's realm was deleted too")
        public boolean realmDeleted;
    }
}
