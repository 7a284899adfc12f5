package org.jiceng.platform.party.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.party.application.MemberView;
import org.jiceng.platform.party.application.PartyService;
import org.jiceng.platform.party.domain.PartyOrganization;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.api.RequiredFields;

import java.util.List;

/** {@code /api/v1/party-organizations} and {@code /api/v1/party-members}: the organisational backbone. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Party", description = "Party organisations and members")
@APIResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Not found in the caller's tenant",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PartyResource {
    @Inject
    PartyService party;

    @POST
    @Path("party-organizations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "establishPartyOrganization", summary = "Establish an organisation in the tree",
            description = "Committee → working committee → general branch → branch → group; temporary branches "
                    + "(with purpose and end date) under committees and general branches.")
    @APIResponse(responseCode = "201", description = "Established",
            content = @Content(schema = @Schema(implementation = PartyDtos.OrganizationDto.class)))
    public Response establish(PartyDtos.OrganizationRequest r) {
        RequiredFields.check(r).present("type", r.type()).present("name", r.name()).present("hostKind", r.hostKind())
                .present("establishedOn", r.establishedOn()).maxLength("purpose", r.purpose(), 500).orFail();
        return Response.status(201).entity(dto(party.establish(r.parentId(), r.type(), r.name(), r.hostKind(),
                r.establishedOn(), r.purpose(), r.endsOn()))).build();
    }

    @GET
    @Path("party-organizations")
    @Operation(operationId = "listTopPartyOrganizations", summary = "The organisations at the top of the tree")
    public PageDto<PartyDtos.OrganizationDto> tops() {
        return page(party.tops());
    }

    @GET
    @Path("party-organizations/{id}")
    @Operation(operationId = "getPartyOrganization", summary = "One organisation")
    public PartyDtos.OrganizationDto get(@PathParam("id") String id) {
        return dto(party.get(id));
    }

    @GET
    @Path("party-organizations/{id}/subtree")
    @Operation(operationId = "listPartyOrganizationSubtree", summary = "Every organisation below it")
    public PageDto<PartyDtos.OrganizationDto> subtree(@PathParam("id") String id) {
        return page(party.subtree(id));
    }

    @GET
    @Path("party-organizations/{id}/ancestors")
    @Operation(operationId = "listPartyOrganizationAncestors", summary = "The chain above it, top first")
    public PageDto<PartyDtos.OrganizationDto> ancestors(@PathParam("id") String id) {
        return page(party.ancestors(id));
    }

    @GET
    @Path("party-organizations/{id}/members")
    @Operation(operationId = "listPartyOrganizationMembers", summary = "The organisation's members")
    public PageDto<PartyDtos.MemberDto> members(@PathParam("id") String id) {
        return new PageDto<>(party.members(id).stream().map(PartyResource::dto).toList(), null);
    }

    @jakarta.ws.rs.PUT
    @Path("party-organizations/{id}/grids")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setPartyOrganizationGrids", summary = "Set the grid nodes the organisation covers")
    public PartyDtos.CoverageDto cover(@PathParam("id") String id, PartyDtos.CoverageDto r) {
        RequiredFields.check(r).present("gridIds", r.gridIds()).orFail();
        return new PartyDtos.CoverageDto(party.cover(id, r.gridIds()));
    }

    @GET
    @Path("party-organizations/{id}/grids")
    @Operation(operationId = "getPartyOrganizationGrids", summary = "The grid nodes the organisation covers")
    public PartyDtos.CoverageDto coverage(@PathParam("id") String id) {
        return new PartyDtos.CoverageDto(party.coverage(id));
    }

    @GET
    @Path("party:stats")
    @Operation(operationId = "getPartyStats", summary = "Party statistics of a grid subtree",
            description = "Organisations covering some node of the subtree, by type; their members by kind; and "
                    + "coverage: compounds (and grids) with at least one Party organisation ÷ all of them, as "
                    + "Chengdu reports 100 % of its property compounds.")
    public PartyDtos.StatsDto stats(@jakarta.ws.rs.QueryParam("gridId") String gridId) {
        RequiredFields.check(Boolean.TRUE).present("gridId", gridId).orFail();
        var s = party.stats(gridId);
        return new PartyDtos.StatsDto(s.organizationsByType(), s.membersByKind(), s.compounds(), s.compoundsCovered(),
                s.compounds() == 0 ? null : Math.round(10_000.0 * s.compoundsCovered() / s.compounds()) / 10_000.0,
                s.grids(), s.gridsCovered(),
                s.grids() == 0 ? null : Math.round(10_000.0 * s.gridsCovered() / s.grids()) / 10_000.0);
    }

    @POST
    @Path("party-members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "admitPartyMember", summary = "Record a member of an organisation",
            description = "Name, phone and ID number are encrypted at rest and masked unless the caller has "
                    + "pii:read; an ID number is registered once per tenant.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = PartyDtos.MemberDto.class)))
    public Response admit(PartyDtos.MemberRequest r) {
        RequiredFields.check(r).present("organizationId", r.organizationId()).present("name", r.name())
                .present("idNumber", r.idNumber()).present("joinedOn", r.joinedOn()).orFail();
        return Response.status(201).entity(dto(party.admit(r.organizationId(), r.name(), r.phone(), r.idNumber(),
                r.status(), r.kind(), r.joinedOn()))).build();
    }

    @GET
    @Path("party-members/{id}")
    @Operation(operationId = "getPartyMember", summary = "One member")
    public PartyDtos.MemberDto member(@PathParam("id") String id) {
        return dto(party.member(id));
    }

    private static PageDto<PartyDtos.OrganizationDto> page(List<PartyOrganization> list) {
        return new PageDto<>(list.stream().map(PartyResource::dto).toList(), null);
    }

    private static PartyDtos.OrganizationDto dto(PartyOrganization o) {
        return new PartyDtos.OrganizationDto(o.id(), o.parentId().orElse(null), o.type().name(), o.name(),
                o.hostKind(), o.purpose().orElse(null), o.endsOn().orElse(null), o.establishedOn(),
                o.dissolvedOn().orElse(null));
    }

    private static PartyDtos.MemberDto dto(MemberView v) {
        return new PartyDtos.MemberDto(v.member().id(), v.member().organizationId(), v.name(), v.phone(),
                v.idNumber(), v.masked(), v.member().status(), v.member().kind(), v.member().joinedOn());
    }
}
