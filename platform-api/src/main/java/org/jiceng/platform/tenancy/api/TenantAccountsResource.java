package org.jiceng.platform.tenancy.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.api.RequestIds;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.pii.Masking;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.PlatformAdmin;
import org.jiceng.platform.tenancy.application.TenantAccounts;
import org.jiceng.platform.tenancy.application.TenantOnboarding;
import org.jiceng.platform.tenancy.domain.IdentityRealms.ApiClient;
import org.jiceng.platform.tenancy.domain.IdentityRealms.StaffMember;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Onboarding a tenant from the platform, and its people and machine clients afterwards, for platform admins. Needs
 * the Keycloak service account an operator gives the platform; without one these routes answer 409 and the
 * {@code jiceng-admin} CLI does the same work.
 */
@Path("admin/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform administration")
public class TenantAccountsResource {
    private static final String CURSOR_TENANT = "platform";

    @Inject
    TenantOnboarding onboarding;
    @Inject
    TenantAccounts accounts;
    @Inject
    CallerContext callers;
    @Inject
    Cursors cursors;
    @Inject
    @ConfigProperty(name = "jiceng.console.origins")
    Optional<String> consoleOrigins;
    @Context
    UriInfo uri;
    @Context
    HttpServletRequest http;

    @POST
    @Path("tenants:onboard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "onboardTenant", summary = "Onboard a tenant: realm, clients, first admin, registration",
            description = "Creates the realm jiceng-<code> with the platform's roles, the machine client <code>-admin "
                    + "(tenant-admin), the console's client, the first tenant admin with a temporary password and, "
                    + "when settings.allowedOrigins is given, the browser client <code>-web; then registers the "
                    + "tenant with that realm's issuer. All or nothing: a failure removes the realm it created. "
                    + "Import the tenant's grid file next with importTenantGrids.")
    @APIResponse(responseCode = "201", description = "Onboarded; secrets are shown this once",
            content = @Content(schema = @Schema(ref = "TenantOnboarding")))
    @APIResponse(responseCode = "409", description = "Code taken, a foreign realm of that name, or no Keycloak "
            + "service account configured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response onboard(TenantOnboardRequest request) {
        PlatformAdmin admin = callers.platformAdmin();
        RequiredFields.check(request).present("code", request.code()).present("name", request.name())
                .present("kind", request.kind()).present("divisionCode", request.divisionCode())
                .maxLength("name", request.name(), 100).maxLength("adminEmail", request.adminEmail(), 254).orFail();
        TenantOnboarding.Onboarded done = onboarding.onboard(new TenantOnboarding.Onboarding(
                        TenantAssembler.toNewTenant(new TenantRegisterRequest(request.code(), request.name(),
                                request.kind(), request.divisionCode(), null, request.settings())),
                        request.adminUsername(), request.adminEmail(), consoleOrigins()),
                admin, RequestIds.of(http));
        var realm = done.realm();
        return Response.created(uri.getBaseUriBuilder().path("admin/v1/tenants").path(done.tenant().id()).build())
                .entity(new TenantOnboardingDto(TenantAssembler.toDto(done.tenant()), realm.issuer(),
                        realm.machineClientId(), realm.machineClientSecret().orElse(null),
                        done.adminUsername().orElse(null), realm.adminTemporaryPassword().orElse(null),
                        realm.browserClientId().orElse(null))).build();
    }

    @GET
    @Path("tenants/{code}/clients")
    @Operation(operationId = "listTenantClients", summary = "The tenant realm's clients that obtain platform tokens")
    @APIResponse(responseCode = "200", description = "Ordered by client id",
            content = @Content(schema = @Schema(ref = "ApiClientList")))
    public ClientList clients(@PathParam("code") String code) {
        callers.platformAdmin();
        return new ClientList(accounts.clients(code).stream().map(TenantAccountsResource::toDto).toList());
    }

    @POST
    @Path("tenants/{code}/clients")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTenantClient", summary = "Create a machine client (client-credentials grant)")
    @APIResponse(responseCode = "201", description = "Created; the secret is shown this once",
            content = @Content(schema = @Schema(ref = "ApiClientSecret")))
    @APIResponse(responseCode = "409", description = "A client of that id exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createClient(@PathParam("code") String code, ApiClientCreateRequest request) {
        PlatformAdmin admin = callers.platformAdmin();
        RequiredFields.check(request).present("clientId", request.clientId()).present("roles", request.roles())
                .orFail();
        String secret = accounts.createClient(code, request.clientId(), request.roles(), TenantAccounts.Actor.of(admin),
                RequestIds.of(http));
        return Response.created(uri.getBaseUriBuilder().path("admin/v1/tenants").path(code).path("clients")
                        .path(request.clientId()).build())
                .entity(new ApiClientSecretDto(request.clientId(), List.copyOf(new LinkedHashSet<>(request.roles())),
                        secret)).build();
    }

    @POST
    @Path("tenants/{code}/clients/{clientId}:rotate-secret")
    @Operation(operationId = "rotateTenantClientSecret", summary = "A new secret for a machine client",
            description = "The previous secret stops working at once; tokens already issued run out.")
    @APIResponse(responseCode = "200", description = "The new secret, shown this once",
            content = @Content(schema = @Schema(ref = "ApiClientSecret")))
    @APIResponse(responseCode = "404", description = "No such machine client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiClientSecretDto rotate(@PathParam("code") String code, @PathParam("clientId") String clientId) {
        PlatformAdmin admin = callers.platformAdmin();
        String secret = accounts.rotateSecret(code, clientId, TenantAccounts.Actor.of(admin), RequestIds.of(http));
        List<String> roles = accounts.client(code, clientId).map(ApiClient::roles).orElse(List.of());
        return new ApiClientSecretDto(clientId, roles, secret);
    }

    @GET
    @Path("tenants/{code}/staff")
    @Operation(operationId = "listTenantStaff", summary = "People with accounts in the tenant's realm",
            description = "search matches username, e-mail and names; e-mails are masked.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(ref = "StaffMemberPage")))
    public PageDto<StaffMemberDto> staff(@PathParam("code") String code, @QueryParam("search") String search,
                                         @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        callers.platformAdmin();
        StaffPage page = StaffPage.of(cursors, CURSOR_TENANT, "staff:" + code, cursor, limit,
                (first, max) -> accounts.staff(code, search, first, max));
        return new PageDto<>(page.members().stream().map(TenantAccountsResource::toDto).toList(), page.nextCursor());
    }

    @POST
    @Path("tenants/{code}/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteTenantStaff", summary = "Create a person's account with roles",
            description = "The person signs in with the temporary password and must change it. Grid and department "
                    + "assignments are made by the tenant (createAssignment), naming the returned id.")
    @APIResponse(responseCode = "201", description = "Invited; the temporary password is shown this once",
            content = @Content(schema = @Schema(ref = "StaffInvitation")))
    @APIResponse(responseCode = "409", description = "The username is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(@PathParam("code") String code, StaffInviteRequest request) {
        PlatformAdmin admin = callers.platformAdmin();
        RequiredFields.check(request).present("username", request.username()).present("roles", request.roles())
                .orFail();
        TenantAccounts.Invited invited = accounts.invite(code, request.username(), request.email(), request.roles(),
                TenantAccounts.Actor.of(admin), RequestIds.of(http));
        return Response.created(uri.getBaseUriBuilder().path("admin/v1/tenants").path(code).path("staff")
                        .path(invited.member().id()).build())
                .entity(new StaffInvitationDto(toDto(invited.member()), invited.temporaryPassword())).build();
    }

    @PUT
    @Path("tenants/{code}/staff/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setTenantStaffRoles", summary = "Replace the platform roles a person holds")
    @APIResponse(responseCode = "200", description = "The person with the new roles",
            content = @Content(schema = @Schema(ref = "StaffMember")))
    @APIResponse(responseCode = "404", description = "No such person in the tenant's realm",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffMemberDto setRoles(@PathParam("code") String code, @PathParam("id") String id,
                                   StaffRolesRequest request) {
        PlatformAdmin admin = callers.platformAdmin();
        RequiredFields.check(request).present("roles", request.roles()).orFail();
        return toDto(accounts.setRoles(code, id, request.roles(), TenantAccounts.Actor.of(admin), RequestIds.of(http)));
    }

    @DELETE
    @Path("tenants/{code}/staff/{id}")
    @Operation(operationId = "removeTenantStaff", summary = "Remove a leaver's account",
            description = "Ends the person's assignments, then deletes the account and its sessions; records keep "
                    + "the id as their author.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such person in the tenant's realm",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("code") String code, @PathParam("id") String id) {
        accounts.remove(code, id, TenantAccounts.Actor.of(callers.platformAdmin()), RequestIds.of(http));
        return Response.noContent().build();
    }

    /** Where the console is served: configured origins and the one this request came to. */
    private List<String> consoleOrigins() {
        LinkedHashSet<String> origins = new LinkedHashSet<>();
        consoleOrigins.ifPresent(list -> java.util.Arrays.stream(list.split(",")).map(String::strip)
                .filter(o -> !o.isEmpty()).forEach(origins::add));
        URI base = uri.getBaseUri();
        origins.add(base.getScheme() + "://" + base.getAuthority());
        return List.copyOf(origins);
    }

    private static ApiClientDto toDto(ApiClient c) {
        return new ApiClientDto(c.clientId(), c.browser() ? "BROWSER" : "MACHINE", c.enabled(), c.roles(), c.origins());
    }

    private static StaffMemberDto toDto(StaffMember m) {
        return toDto(m, false);
    }

    /** The person as the API shows them: the e-mail masked unless {@code clear}. */
    static StaffMemberDto toDto(StaffMember m, boolean clear) {
        return new StaffMemberDto(m.id(), m.username(), clear ? m.email() : Masking.email(m.email()), m.enabled(),
                m.roles(),
                m.createdAt() == null ? null : m.createdAt().atOffset(ZoneOffset.UTC), m.mustChangePassword());
    }

    /** The tenant realm's clients. */
    @Schema(name = "ApiClientList")
    public record ClientList(List<ApiClientDto> data) {
    }

    /** OpenAPI shape of a page of staff. */
    @Schema(name = "StaffMemberPage")
    static final class StaffPageSchema {
        public List<StaffMemberDto> data;
        @Schema(nullable = true)
        public String nextCursor;
    }
}
