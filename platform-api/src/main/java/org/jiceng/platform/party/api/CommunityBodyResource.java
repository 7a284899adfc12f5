package org.jiceng.platform.party.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.HeaderParam;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.party.domain.CommunityBody;
import org.jiceng.platform.party.application.SeatView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.party.application.CommunityBodies;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.security.CallerContext;

/** {@code /api/v1/community-bodies}: owners' committees, property companies and other bodies, with their seats. */
@Path("api/v1/community-bodies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Community bodies", description = "Owners' committees, property companies, supervisory and residents' "
        + "committees, \"two new\" organisations")
public class CommunityBodyResource {
    @Inject
    CommunityBodies bodies;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCommunityBody", summary = "Record a body serving a grid node")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(ref = "CommunityBody")))
    public Response create(PartyDtos.BodyRequest r) {
        RequiredFields.check(r).present("kind", r.kind()).present("name", r.name()).present("gridId", r.gridId())
                .present("establishedOn", r.establishedOn()).orFail();
        CommunityBody b = bodies.create(r.kind(), r.name(), r.gridId(), r.establishedOn());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/community-bodies").path(b.id()).build(),
                PartyAssembler.dto(b), b.version());
    }

    @GET
    @Operation(operationId = "listCommunityBodies", summary = "The bodies serving a grid subtree")
    public PageDto<PartyDtos.BodyDto> list(@QueryParam("gridId") String gridId, @QueryParam("kind") String kind,
                                           @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        RequiredFields.check(Boolean.TRUE).present("gridId", gridId).orFail();
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "community-bodies|" + gridId + "|" + kind;
        return cursors.page(tenant, scope, bodies.list(gridId, kind, cursors.after(tenant, scope, cursor),
                page.limit()), PartyAssembler::dto, PartyDtos.BodyDto::id);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCommunityBody", summary = "One body")
    @APIResponse(responseCode = "200", description = "The body; ETag is its version",
            content = @Content(schema = @Schema(ref = "CommunityBody")))
    public Response get(@PathParam("id") String id) {
        CommunityBody b = bodies.get(id);
        return ETags.ok(PartyAssembler.dto(b), b.version());
    }

    @POST
    @Path("{id}/seats")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "takeBodySeat", summary = "Seat a person on the body, or record their candidacy",
            description = "A Party member by partyMemberId — the seat is then a post held concurrently — anyone "
                    + "else by name and phone, encrypted at rest.")
    @APIResponse(responseCode = "201", description = "Seated",
            content = @Content(schema = @Schema(ref = "BodySeat")))
    public Response seat(@PathParam("id") String id, PartyDtos.SeatRequest r) {
        RequiredFields.check(r).orFail();
        SeatView v = bodies.seat(id, r.partyMemberId(), r.name(), r.phone(), r.role(), r.standing(),
                r.startedOn());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/community-bodies").path(v.seat().bodyId())
                .path("seats").path(v.seat().id()).build(), PartyAssembler.dto(v), v.seat().version());
    }

    @GET
    @Path("{id}/seats")
    @Operation(operationId = "listBodySeats", summary = "Its seats and candidates, serving and ended, by id")
    public PageDto<PartyDtos.SeatDto> seats(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                            @QueryParam("cursor") String cursor) {
        return cursors.pageOf(callers.get().tenantId(), "body-seats|" + id, bodies.seats(id), v -> v.seat().id(),
                PartyAssembler::dto, cursor, PageRequest.of(limit));
    }

    @GET
    @Path("{id}/seats/{seatId}")
    @Operation(operationId = "getBodySeat", summary = "One seat or candidacy")
    @APIResponse(responseCode = "200", description = "The seat; ETag is its version",
            content = @Content(schema = @Schema(ref = "BodySeat")))
    public Response seat(@PathParam("id") String id, @PathParam("seatId") String seatId) {
        SeatView v = bodies.seatOf(id, seatId);
        return ETags.ok(PartyAssembler.dto(v), v.seat().version());
    }

    @POST
    @Path("{id}/seats/{seatId}:end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endBodySeat", summary = "End a seat or a candidacy")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(schema = @Schema(ref = "BodySeat")))
    public Response endSeat(@PathParam("id") String id, @PathParam("seatId") String seatId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PartyDtos.EndRequest r) {
        SeatView v = bodies.endSeat(id, seatId, ETags.expectedVersion(ifMatch), r == null ? null : r.endedOn());
        return ETags.ok(PartyAssembler.dto(v), v.seat().version());
    }
}
