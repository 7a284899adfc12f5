package org.jiceng.platform.party.api;

import org.jiceng.platform.party.domain.PartyTransfer;
import org.jiceng.platform.party.domain.MemberLink;
import org.jiceng.platform.party.application.ReportView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.jiceng.platform.party.application.MemberView;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.shared.api.Problem;

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
import org.jiceng.platform.grid.application.Households;
import org.jiceng.platform.party.application.CommunityBodies;
import org.jiceng.platform.party.application.PartyMembers;
import org.jiceng.platform.party.application.PartyReports;
import org.jiceng.platform.party.application.PartyTransfers;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.security.CallerContext;

/**
 * {@code /api/v1/party-members} with their posts, household links and transfers; {@code /api/v1/party-reports}
 * (in-service reporting) and {@code /api/v1/party-transfers}.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Party members", description = "Members, in-service reporting, transfers and household links")
public class PartyMemberResource {
    @Inject
    PartyMembers members;
    @Inject
    PartyReports reports;
    @Inject
    PartyTransfers transfers;
    @Inject
    CommunityBodies bodies;
    @Inject
    Households households;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;

    @POST
    @Path("party-members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "admitPartyMember", summary = "Record a member of an organisation",
            description = "Name, phone and ID number are encrypted at rest and masked unless the caller has "
                    + "pii:read; an ID number is registered once per tenant.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(ref = "PartyMember")))
    public Response admit(PartyDtos.MemberRequest r) {
        RequiredFields.check(r).present("organizationId", r.organizationId()).present("name", r.name())
                .present("idNumber", r.idNumber()).present("joinedOn", r.joinedOn()).orFail();
        MemberView v = members.admit(r.organizationId(), new PartyMembers.Person(r.name(), r.phone(), r.idNumber()),
                r.status(), r.kind(), r.joinedOn());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/party-members").path(v.member().id())
                .build(), PartyAssembler.dto(v), v.member().version());
    }

    @GET
    @Path("party-members/{id}")
    @Operation(operationId = "getPartyMember", summary = "One member")
    @APIResponse(responseCode = "200", description = "The member; ETag is their version",
            content = @Content(schema = @Schema(ref = "PartyMember")))
    public Response member(@PathParam("id") String id) {
        MemberView v = members.get(id);
        return ETags.ok(PartyAssembler.dto(v), v.member().version());
    }

    @PUT
    @Path("party-members/{id}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkPartyMemberAccount", summary = "Link the member to the account they sign in with",
            description = "The token subject of the member's own account (null unlinks). A member doing 党员联户 then "
                    + "reaches the households linked to them, a secretary those of the nodes their organisation "
                    + "covers. One account belongs to one member. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Linked",
            content = @Content(schema = @Schema(ref = "PartyMember")))
    @APIResponse(responseCode = "409", description = "The account belongs to another member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response linkAccount(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                PartyDtos.AccountRequest r) {
        long expected = ETags.expectedVersion(ifMatch);
        MemberView v = members.linkAccount(id, expected, r == null ? null : r.subject());
        return Response.ok(PartyAssembler.dto(v)).tag(ETags.of(v.member().version())).build();
    }

    @GET
    @Path("party-members/{id}/posts")
    @Operation(operationId = "getPartyMemberPosts", summary = "The member's posts, Party and concurrent",
            description = "Posts in Party organisations and seats in owners' committees, property companies and "
                    + "other bodies: a secretary who also chairs the owners' committee shows both.")
    public PartyDtos.MemberPostsDto posts(@PathParam("id") String id) {
        PartyMembers.Posts p = members.posts(id);
        return new PartyDtos.MemberPostsDto(p.partyPosts().stream().map(PartyAssembler::dto).toList(),
                p.bodySeats().stream().map(s -> PartyAssembler.dto(bodies.view(s))).toList());
    }

    @GET
    @Path("party-members/{id}/transfers")
    @Operation(operationId = "listPartyMemberTransfers", summary = "The member's transfers, oldest first")
    public PageDto<PartyDtos.TransferDto> transfers(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                                    @QueryParam("cursor") String cursor) {
        return cursors.pageInOrder(callers.get().tenantId(), "party-transfers|" + id, transfers.history(id),
                PartyAssembler::dto, cursor, PageRequest.of(limit));
    }

    @POST
    @Path("party-members/{id}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkPartyMember", summary = "Link the member to a household or a whole node (党员联户)")
    @APIResponse(responseCode = "201", description = "Linked",
            content = @Content(schema = @Schema(ref = "PartyMemberLink")))
    public Response link(@PathParam("id") String id, PartyDtos.LinkRequest r) {
        RequiredFields.check(r).orFail();
        MemberLink l = members.link(id, r.householdId(), r.gridId(), r.linkedOn());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/party-members").path(l.memberId())
                .path("links").path(l.id()).build(), PartyAssembler.dto(l), l.version());
    }

    @GET
    @Path("party-members/{id}/links")
    @Operation(operationId = "listPartyMemberLinks", summary = "The member's household links, by id")
    public PageDto<PartyDtos.LinkDto> links(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                            @QueryParam("cursor") String cursor) {
        return cursors.pageOf(callers.get().tenantId(), "party-links|" + id, members.links(id), MemberLink::id,
                PartyAssembler::dto, cursor, PageRequest.of(limit));
    }

    @GET
    @Path("party-members/{id}/links/{linkId}")
    @Operation(operationId = "getPartyMemberLink", summary = "One household link")
    @APIResponse(responseCode = "200", description = "The link; ETag is its version",
            content = @Content(schema = @Schema(ref = "PartyMemberLink")))
    public Response link(@PathParam("id") String id, @PathParam("linkId") String linkId) {
        MemberLink l = members.link(id, linkId);
        return ETags.ok(PartyAssembler.dto(l), l.version());
    }

    @DELETE
    @Path("party-members/{id}/links/{linkId}")
    @Operation(operationId = "unlinkPartyMember", summary = "Remove a household link")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response unlink(@PathParam("id") String id, @PathParam("linkId") String linkId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        members.unlink(id, linkId, ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("party-members/{id}/households")
    @Operation(operationId = "listPartyMemberHouseholds", summary = "The households the member covers",
            description = "Linked directly, or within a linked building, compound or grid.")
    public PageDto<PartyDtos.CoveredHouseholdDto> households(@PathParam("id") String id,
                                                          @QueryParam("limit") Integer limit,
                                                          @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "member-households|" + id;
        Slice<String> ids = members.households(id, cursors.after(tenant, scope, cursor), page.limit());
        return cursors.page(tenant, scope, new Slice<>(households.byIds(ids.items()), ids.hasMore()),
                PartyDtos.CoveredHouseholdDto::of, PartyDtos.CoveredHouseholdDto::id);
    }

    @GET
    @Path("households/{id}/party-members")
    @Operation(operationId = "listHouseholdPartyMembers", summary = "The Party members who cover a household")
    public PageDto<PartyDtos.MemberDto> covering(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                                 @QueryParam("cursor") String cursor) {
        return cursors.pageOf(callers.get().tenantId(), "household-members|" + id, members.covering(id),
                v -> v.member().id(), PartyAssembler::dto, cursor, PageRequest.of(limit));
    }

    @POST
    @Path("party-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportInService", summary = "An in-service member reports to a community",
            description = "A member of this tenant (by memberId, or found by ID number) or a reporter from outside "
                    + "it, whose person data is encrypted on the report. One open report per member and "
                    + "organisation.")
    @APIResponse(responseCode = "201", description = "Reported",
            content = @Content(schema = @Schema(ref = "PartyReport")))
    public Response report(PartyDtos.ReportRequest r) {
        RequiredFields.check(r).present("organizationId", r.organizationId()).present("employer", r.employer())
                .present("reportedOn", r.reportedOn()).maxLength("employerOrganization", r.employerOrganization(),
                        200).orFail();
        PartyMembers.Person person = r.name() == null && r.idNumber() == null ? null
                : new PartyMembers.Person(r.name(), r.phone(), r.idNumber());
        ReportView v = reports.report(r.organizationId(), r.memberId(), person, r.status(), r.joinedOn(),
                r.employer(), r.employerOrganization(), r.reportedOn());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/party-reports").path(v.report().id())
                .build(), PartyAssembler.dto(v), v.report().version());
    }

    @GET
    @Path("party-reports/{id}")
    @Operation(operationId = "getPartyReport", summary = "One in-service report")
    @APIResponse(responseCode = "200", description = "The report; ETag is its version",
            content = @Content(schema = @Schema(ref = "PartyReport")))
    public Response getReport(@PathParam("id") String id) {
        return report(reports.get(id));
    }

    @POST
    @Path("party-reports/{id}:accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptPartyReport", summary = "The community accepts the report",
            description = "The reporter joins its roster as IN_SERVICE_REPORTED.")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(schema = @Schema(ref = "PartyReport")))
    public Response acceptReport(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 PartyDtos.DecisionRequest r) {
        return report(reports.accept(id, ETags.expectedVersion(ifMatch), r == null ? null : r.decidedOn(),
                r == null ? null : r.note()));
    }

    @POST
    @Path("party-reports/{id}:decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declinePartyReport", summary = "The community declines the report, saying why")
    @APIResponse(responseCode = "200", description = "Declined",
            content = @Content(schema = @Schema(ref = "PartyReport")))
    public Response declineReport(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  PartyDtos.DecisionRequest r) {
        return report(reports.decline(id, ETags.expectedVersion(ifMatch), r == null ? null : r.decidedOn(),
                r == null ? null : r.reason()));
    }

    @POST
    @Path("party-transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issuePartyTransfer", summary = "Record a transfer issued out of the member's "
            + "organisation", description = "To an organisation of this tenant or an outside destination; one "
            + "transfer under way per member.")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(schema = @Schema(ref = "PartyTransfer")))
    public Response issue(PartyDtos.TransferRequest r) {
        RequiredFields.check(r).present("memberId", r.memberId()).maxLength("destination", r.destination(), 200)
                .maxLength("letterNumber", r.letterNumber(), 100).maxLength("reason", r.reason(), 500).orFail();
        PartyTransfer t = transfers.issue(r.memberId(), r.toOrganizationId(), r.destination(), r.letterNumber(),
                r.reason(), r.issuedOn());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/party-transfers").path(t.id()).build(),
                PartyAssembler.dto(t), t.version());
    }

    @GET
    @Path("party-transfers/{id}")
    @Operation(operationId = "getPartyTransfer", summary = "One transfer")
    @APIResponse(responseCode = "200", description = "The transfer; ETag is its version",
            content = @Content(schema = @Schema(ref = "PartyTransfer")))
    public Response getTransfer(@PathParam("id") String id) {
        return transfer(transfers.get(id));
    }

    @POST
    @Path("party-transfers/{id}:accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptPartyTransfer", summary = "Accepted in",
            description = "The member moves to the receiving organisation (or leaves the tenant); their posts in "
                    + "the old organisation end.")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(schema = @Schema(ref = "PartyTransfer")))
    public Response acceptTransfer(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   PartyDtos.DecisionRequest r) {
        return transfer(transfers.accept(id, ETags.expectedVersion(ifMatch), r == null ? null : r.decidedOn(),
                r == null ? null : r.note()));
    }

    @POST
    @Path("party-transfers/{id}:decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declinePartyTransfer", summary = "Declined: the member stays, the reason recorded")
    @APIResponse(responseCode = "200", description = "Declined",
            content = @Content(schema = @Schema(ref = "PartyTransfer")))
    public Response declineTransfer(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    PartyDtos.DecisionRequest r) {
        return transfer(transfers.decline(id, ETags.expectedVersion(ifMatch), r == null ? null : r.decidedOn(),
                r == null ? null : r.reason()));
    }

    private static Response report(ReportView v) {
        return ETags.ok(PartyAssembler.dto(v), v.report().version());
    }

    private static Response transfer(PartyTransfer t) {
        return ETags.ok(PartyAssembler.dto(t), t.version());
    }
}
