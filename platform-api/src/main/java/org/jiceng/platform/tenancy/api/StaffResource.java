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
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;
import org.jiceng.platform.tenancy.application.TenantAccounts;
import org.jiceng.platform.tenancy.domain.IdentityRealms.StaffMember;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/v1/staff}: a tenant administrator's own people — invite them with roles, change roles, remove
 * leavers — in the tenant's realm, where the platform manages it. Assignments to grids and departments are
 * {@code /api/v1/assignments}, naming a person's id. E-mails are clear to holders of {@code pii:read} (each read
 * logged), masked to others.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "The tenant's people in its identity realm")
public class StaffResource {
    @Inject
    TenantAccounts accounts;
    @Inject
    CallerContext callers;
    @Inject
    Cursors cursors;
    @Context
    UriInfo uri;
    @Context
    HttpServletRequest http;

    private Caller manager() {
        Caller c = callers.get();
        c.require(Permission.STAFF_MANAGE);
        return c;
    }

    private static TenantAccounts.Actor actor(Caller c) {
        return new TenantAccounts.Actor(c.tenant().issuer(), c.subject(), c.clientId());
    }

    @GET
    @Path("staff")
    @Operation(operationId = "listStaff", summary = "The tenant's people",
            description = "search matches username, e-mail and names. Needs staff:manage; e-mails are clear with "
                    + "pii:read (the read is logged), masked otherwise. 409 when the platform does not manage the "
                    + "tenant's realm.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(ref = "StaffMemberPage")))
    public PageDto<StaffMemberDto> list(@QueryParam("search") String search, @QueryParam("limit") Integer limit,
                                        @QueryParam("cursor") String cursor) {
        Caller c = manager();
        StaffPage page = StaffPage.of(cursors, c.tenantId(), "staff", cursor, limit,
                (first, max) -> accounts.staff(c.tenantId(), search, first, max));
        List<StaffMember> shown = page.members();
        boolean clear = c.permissions().contains(Permission.PII_READ);
        if (clear) {
            accounts.logEmailsRead(c.tenantId(), shown.stream().filter(m -> m.email() != null).map(StaffMember::id)
                    .toList(), actor(c), RequestIds.of(http));
        }
        return new PageDto<>(shown.stream().map(m -> TenantAccountsResource.toDto(m, clear)).toList(),
                page.nextCursor());
    }

    @POST
    @Path("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteStaff", summary = "Create a person's account with roles",
            description = "The person signs in with the temporary password in the answer and must change it.")
    @APIResponse(responseCode = "201", description = "Invited; the temporary password is shown this once",
            content = @Content(schema = @Schema(ref = "StaffInvitation")))
    @APIResponse(responseCode = "409", description = "The username is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(StaffInviteRequest request) {
        Caller c = manager();
        RequiredFields.check(request).present("username", request.username()).present("roles", request.roles())
                .orFail();
        TenantAccounts.Invited invited = accounts.invite(c.tenantId(), request.username(), request.email(),
                request.roles(), actor(c), RequestIds.of(http));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/staff").path(invited.member().id()).build())
                .entity(new StaffInvitationDto(TenantAccountsResource.toDto(invited.member(),
                        c.permissions().contains(Permission.PII_READ)), invited.temporaryPassword())).build();
    }

    @PUT
    @Path("staff/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setStaffRoles", summary = "Replace the platform roles a person holds",
            description = "One's own roles are changed by another administrator.")
    @APIResponse(responseCode = "200", description = "The person with the new roles",
            content = @Content(schema = @Schema(ref = "StaffMember")))
    @APIResponse(responseCode = "404", description = "No such person in the tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffMemberDto setRoles(@PathParam("id") String id, StaffRolesRequest request) {
        Caller c = manager();
        RequiredFields.check(request).present("roles", request.roles()).orFail();
        notSelf(c, id, "change your own roles");
        return TenantAccountsResource.toDto(accounts.setRoles(c.tenantId(), id, request.roles(), actor(c),
                RequestIds.of(http)), false);
    }

    @DELETE
    @Path("staff/{id}")
    @Operation(operationId = "removeStaff", summary = "Remove a leaver's account",
            description = "Ends the person's assignments, then deletes the account and its sessions; records keep "
                    + "the id as their author.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such person in the tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("id") String id) {
        Caller c = manager();
        notSelf(c, id, "remove your own account");
        accounts.remove(c.tenantId(), id, actor(c), RequestIds.of(http));
        return Response.noContent().build();
    }

    /** An administrator never locks themself out; another administrator does it. */
    private static void notSelf(Caller c, String id, String what) {
        if (id != null && id.equalsIgnoreCase(c.subject())) {
            throw new StateConflict("You cannot " + what + "; ask another tenant administrator");
        }
    }
}
