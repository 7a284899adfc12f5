package org.jiceng.platform.deliberation.api;

import jakarta.inject.Inject;
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
import org.jiceng.platform.shared.domain.EnumValues;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.deliberation.application.Councils;
import org.jiceng.platform.deliberation.domain.Council;
import org.jiceng.platform.deliberation.domain.CouncilRole;

/**
 * {@code /api/v1/councils}: 议事会 at grid nodes, their mandate, settings, terms and members. Changes name the
 * council's version in {@code If-Match}.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Councils", description = "Deliberation councils, their mandates, terms and members")
public class CouncilResource {
    @Inject
    Councils councils;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("councils")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCouncil", summary = "Set up a council at a grid node")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.CouncilDto.class)))
    public Response create(DeliberationDtos.CouncilRequest r) {
        RequiredFields.check(r).present("gridId", r.gridId()).present("name", r.name())
                .present("mandateScope", r.mandateScope()).present("termStartsOn", r.termStartsOn())
                .present("termEndsOn", r.termEndsOn()).orFail();
        Council c = councils.create(new Councils.NewCouncil(r.gridId(), r.name(), r.mandateScope(), r.mandateTopicId(),
                r.secondsToAgenda(), r.evaluationWindowDays(), r.termStartsOn(), r.termEndsOn()));
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/councils").path(c.id()).build(),
                DeliberationAssembler.dto(c), c.version());
    }

    @GET
    @Path("councils")
    @Operation(operationId = "listCouncils", summary = "Councils, oldest first")
    public PageDto<DeliberationDtos.CouncilDto> list(@QueryParam("limit") Integer limit,
                                                     @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        return cursors.page(tenant, "councils", councils.list(cursors.after(tenant, "councils", cursor), page.limit()),
                DeliberationAssembler::dto, DeliberationDtos.CouncilDto::id);
    }

    @GET
    @Path("councils/{id}")
    @Operation(operationId = "getCouncil", summary = "One council")
    @APIResponse(responseCode = "200", description = "The council; ETag is its version",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.CouncilDto.class)))
    public Response get(@PathParam("id") String id) {
        Council c = councils.get(id);
        return ETags.ok(DeliberationAssembler.dto(c), c.version());
    }

    @PATCH
    @Path("councils/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateCouncil", summary = "Change the seconds threshold, evaluation window or scope")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.CouncilDto.class)))
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           DeliberationDtos.CouncilPatch r) {
        RequiredFields.check(r).orFail();
        Council c = councils.change(id, ETags.expectedVersion(ifMatch), r.secondsToAgenda(), r.evaluationWindowDays(),
                r.mandateScope());
        return ETags.ok(DeliberationAssembler.dto(c), c.version());
    }

    @POST
    @Path("councils/{id}:renew-term")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renewCouncilTerm", summary = "Start the council's next term (with an empty roster)")
    @APIResponse(responseCode = "200", description = "Renewed",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.CouncilDto.class)))
    public Response renewTerm(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              DeliberationDtos.TermRequest r) {
        RequiredFields.check(r).present("termStartsOn", r.termStartsOn()).present("termEndsOn", r.termEndsOn())
                .orFail();
        Council c = councils.renewTerm(id, ETags.expectedVersion(ifMatch), r.termStartsOn(), r.termEndsOn());
        return ETags.ok(DeliberationAssembler.dto(c), c.version());
    }

    @POST
    @Path("councils/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCouncilMember", summary = "Seat a member for the current term")
    @APIResponse(responseCode = "201", description = "Seated",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.MemberDto.class)))
    public Response addMember(@PathParam("id") String id, DeliberationDtos.MemberRequest r) {
        RequiredFields.check(r).present("role", r.role()).present("seat", r.seat()).orFail();
        var m = councils.addMember(id, new Councils.NewMember(EnumValues.parse(CouncilRole.class, "role", r.role()),
                r.seat(), r.accountSubject(), r.householdId()));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/councils").path(id).path("members")
                .path(m.id()).build()).entity(DeliberationAssembler.dto(m)).build();
    }

    @GET
    @Path("councils/{id}/members")
    @Operation(operationId = "listCouncilMembers", summary = "The members of the council's current term")
    public PageDto<DeliberationDtos.MemberDto> members(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                                       @QueryParam("cursor") String cursor) {
        return cursors.pageOf(callers.get().tenantId(), "council-members|" + id, councils.members(id),
                m -> m.id(), DeliberationAssembler::dto, cursor, PageRequest.of(limit));
    }

    @DELETE
    @Path("councils/{id}/members/{memberId}")
    @Operation(operationId = "removeCouncilMember", summary = "Unseat a member")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeMember(@PathParam("id") String id, @PathParam("memberId") String memberId) {
        councils.removeMember(id, memberId);
        return Response.noContent().build();
    }
}
