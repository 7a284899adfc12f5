package org.jiceng.platform.volunteer.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.domain.EnumValues;
import org.jiceng.platform.volunteer.application.Teams;
import org.jiceng.platform.volunteer.domain.ServiceArea;

/**
 * {@code /api/v1/volunteer-teams}: 志愿服务队 and their members. Adding a member names the team's version in
 * {@code If-Match}.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteer teams", description = "Teams serving one area in a grid, and their members")
public class VolunteerTeamResource {
    @Inject
    Teams teams;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("volunteer-teams")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createVolunteerTeam", summary = "Form a team for a service area in a grid")
    @APIResponse(responseCode = "201", description = "Formed",
            content = @Content(schema = @Schema(ref = "VolunteerTeam")))
    public Response create(VolunteerDtos.TeamRequest r) {
        RequiredFields.check(r).present("name", r.name()).present("serviceArea", r.serviceArea())
                .present("gridId", r.gridId()).orFail();
        Teams.TeamView t = teams.create(r.name(), EnumValues.parse(ServiceArea.class, "serviceArea", r.serviceArea()),
                r.gridId(), r.leaderId());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/volunteer-teams").path(t.team().id())
                .build(), VolunteerAssembler.dto(t), t.team().version());
    }

    @GET
    @Path("volunteer-teams")
    @Operation(operationId = "listVolunteerTeams", summary = "Teams with their members, in the order they were formed")
    public PageDto<VolunteerDtos.TeamDto> list(@QueryParam("limit") Integer limit,
                                               @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        return cursors.page(tenant, "volunteer-teams", teams.list(cursors.after(tenant, "volunteer-teams", cursor),
                page.limit()), VolunteerAssembler::dto, VolunteerDtos.TeamDto::id);
    }

    @GET
    @Path("volunteer-teams/{id}")
    @Operation(operationId = "getVolunteerTeam", summary = "One team with its members")
    @APIResponse(responseCode = "200", description = "The team; ETag is its version",
            content = @Content(schema = @Schema(ref = "VolunteerTeam")))
    public Response get(@PathParam("id") String id) {
        Teams.TeamView t = teams.get(id);
        return ETags.ok(VolunteerAssembler.dto(t), t.team().version());
    }

    @POST
    @Path("volunteer-teams/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addVolunteerTeamMember", summary = "A volunteer joins the team")
    @APIResponse(responseCode = "200", description = "The team with its new member",
            content = @Content(schema = @Schema(ref = "VolunteerTeam")))
    public Response join(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         VolunteerDtos.SignupRequest r) {
        RequiredFields.check(r).present("volunteerId", r.volunteerId()).orFail();
        Teams.TeamView t = teams.addMember(id, ETags.expectedVersion(ifMatch), r.volunteerId());
        return ETags.ok(VolunteerAssembler.dto(t), t.team().version());
    }
}
