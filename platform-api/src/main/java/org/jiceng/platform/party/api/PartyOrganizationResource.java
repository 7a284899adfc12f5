package org.jiceng.platform.party.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.jiceng.platform.party.application.PartyLife;
import org.jiceng.platform.party.application.PartyMembers;
import org.jiceng.platform.party.application.PartyOrganizations;
import org.jiceng.platform.party.application.PartyReports;
import org.jiceng.platform.party.domain.PartyOrganization;
import org.jiceng.platform.party.domain.PartyPost;
import org.jiceng.platform.shared.api.ETags;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.QueryDates;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.security.CallerContext;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/v1/party-organizations}: the organisation tree, its posts, coverage, rosters, organisation life and
 * in-service reports; {@code /api/v1/party:stats}.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Party organisations", description = "The Party organisation tree and what hangs on it")
public class PartyOrganizationResource {
    @Inject
    PartyOrganizations organizations;
    @Inject
    PartyMembers members;
    @Inject
    PartyLife life;
    @Inject
    PartyReports reports;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;

    @POST
    @Path("party-organizations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "establishPartyOrganization", summary = "Establish an organisation in the tree",
            description = "Committee → working committee → general branch → branch → group; temporary branches "
                    + "(with purpose and end date) under committees and general branches.")
    @APIResponse(responseCode = "201", description = "Established",
            content = @Content(schema = @Schema(ref = "PartyOrganization")))
    public Response establish(PartyDtos.OrganizationRequest r) {
        RequiredFields.check(r).present("type", r.type()).present("name", r.name()).present("hostKind", r.hostKind())
                .present("establishedOn", r.establishedOn()).maxLength("purpose", r.purpose(), 500).orFail();
        PartyOrganization o = organizations.establish(r.parentId(), r.type(), r.name(), r.hostKind(),
                r.establishedOn(), r.purpose(), r.endsOn());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/party-organizations").path(o.id()).build(),
                PartyAssembler.dto(o), o.version());
    }

    @GET
    @Path("party-organizations")
    @Operation(operationId = "listTopPartyOrganizations", summary = "The organisations at the top of the tree, by id")
    public PageDto<PartyDtos.OrganizationDto> tops(@QueryParam("limit") Integer limit,
                                                   @QueryParam("cursor") String cursor) {
        return page("party-tops", organizations.tops(), cursor, limit);
    }

    @GET
    @Path("party-organizations/{id}")
    @Operation(operationId = "getPartyOrganization", summary = "One organisation")
    @APIResponse(responseCode = "200", description = "The organisation; ETag is its version",
            content = @Content(schema = @Schema(ref = "PartyOrganization")))
    public Response get(@PathParam("id") String id) {
        return ok(organizations.get(id));
    }

    @GET
    @Path("party-organizations/{id}/subtree")
    @Operation(operationId = "listPartyOrganizationSubtree", summary = "Every organisation below it, by id")
    public PageDto<PartyDtos.OrganizationDto> subtree(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                                      @QueryParam("cursor") String cursor) {
        return page("party-subtree|" + id, organizations.subtree(id), cursor, limit);
    }

    @GET
    @Path("party-organizations/{id}/ancestors")
    @Operation(operationId = "listPartyOrganizationAncestors", summary = "The chain above it, top first")
    public PageDto<PartyDtos.OrganizationDto> ancestors(@PathParam("id") String id,
                                                        @QueryParam("limit") Integer limit,
                                                        @QueryParam("cursor") String cursor) {
        return cursors.pageInOrder(callers.get().tenantId(), "party-ancestors|" + id, organizations.ancestors(id),
                PartyAssembler::dto, cursor, PageRequest.of(limit));
    }

    @POST
    @Path("party-organizations/{id}:move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "movePartyOrganization", summary = "Move it, with its subtree, under another",
            description = "Refused under itself or its own subtree, under a dissolved organisation, or where the "
                    + "type rules forbid it.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(schema = @Schema(ref = "PartyOrganization")))
    public Response move(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         PartyDtos.MoveRequest r) {
        return ok(organizations.move(id, ETags.expectedVersion(ifMatch), r == null ? null : r.parentId()));
    }

    @POST
    @Path("party-organizations/{id}:dissolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dissolvePartyOrganization", summary = "Dissolve it",
            description = "Only once nothing below it stands (409 otherwise); its serving posts end that day. A "
                    + "dissolved organisation takes no new members, posts, children, reports or transfers.")
    @APIResponse(responseCode = "200", description = "Dissolved",
            content = @Content(schema = @Schema(ref = "PartyOrganization")))
    public Response dissolve(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             PartyDtos.DissolveRequest r) {
        return ok(organizations.dissolve(id, ETags.expectedVersion(ifMatch), r == null ? null : r.dissolvedOn()));
    }

    @GET
    @Path("party-organizations/{id}/members")
    @Operation(operationId = "listPartyOrganizationMembers", summary = "The organisation's roster",
            description = "Members registered in it and in-service members whose report it accepted; members who "
                    + "transferred out of the tenant are on no roster.")
    public PageDto<PartyDtos.MemberDto> roster(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                               @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "party-roster|" + id;
        return cursors.page(tenant, scope, members.roster(id, cursors.after(tenant, scope, cursor), page.limit()),
                PartyAssembler::dto, PartyDtos.MemberDto::id);
    }

    @GET
    @Path("party-organizations/{id}/household-coverage")
    @Operation(operationId = "getPartyOrganizationHouseholdCoverage",
            summary = "How many households each member on the roster covers (党员联户)")
    public PageDto<PartyDtos.HouseholdCountDto> householdCoverage(@PathParam("id") String id,
                                                                  @QueryParam("limit") Integer limit,
                                                                  @QueryParam("cursor") String cursor) {
        return cursors.pageOf(callers.get().tenantId(), "party-household-coverage|" + id,
                List.copyOf(members.householdCounts(id).entrySet()), java.util.Map.Entry::getKey,
                e -> new PartyDtos.HouseholdCountDto(e.getKey(), e.getValue()), cursor, PageRequest.of(limit));
    }

    @POST
    @Path("party-organizations/{id}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "appointPartyPost", summary = "Appoint a member to a post",
            description = "The member is on the roster of this organisation or one below it; an organisation has "
                    + "one serving secretary; a group has a group leader instead.")
    @APIResponse(responseCode = "201", description = "Appointed",
            content = @Content(schema = @Schema(ref = "PartyPost")))
    public Response appoint(@PathParam("id") String id, PartyDtos.PostRequest r) {
        RequiredFields.check(r).present("memberId", r.memberId()).present("title", r.title())
                .present("startedOn", r.startedOn()).orFail();
        PartyPost post = organizations.appoint(id, r.memberId(), r.title(), r.startedOn());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/party-posts").path(post.id()).build(),
                PartyAssembler.dto(post), post.version());
    }

    @GET
    @Path("party-organizations/{id}/posts")
    @Operation(operationId = "listPartyPosts", summary = "Its posts, serving and ended, by id")
    public PageDto<PartyDtos.PostDto> posts(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                            @QueryParam("cursor") String cursor) {
        return cursors.pageOf(callers.get().tenantId(), "party-posts|" + id, organizations.posts(id), PartyPost::id,
                PartyAssembler::dto, cursor, PageRequest.of(limit));
    }

    @GET
    @Path("party-posts/{id}")
    @Operation(operationId = "getPartyPost", summary = "One post")
    @APIResponse(responseCode = "200", description = "The post; ETag is its version",
            content = @Content(schema = @Schema(ref = "PartyPost")))
    public Response post(@PathParam("id") String id) {
        PartyPost p = organizations.post(id);
        return ETags.ok(PartyAssembler.dto(p), p.version());
    }

    @POST
    @Path("party-posts/{id}:end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endPartyPost", summary = "End a post")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(schema = @Schema(ref = "PartyPost")))
    public Response endPost(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            PartyDtos.EndRequest r) {
        PartyPost p = organizations.endPost(id, ETags.expectedVersion(ifMatch), r == null ? null : r.endedOn());
        return ETags.ok(PartyAssembler.dto(p), p.version());
    }

    @PUT
    @Path("party-organizations/{id}/grids")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setPartyOrganizationGrids", summary = "Set the grid nodes the organisation covers",
            description = "Replaces the set; If-Match is the organisation's ETag, and the response's ETag its new "
                    + "version.")
    @APIResponse(responseCode = "200", description = "The covered nodes",
            content = @Content(schema = @Schema(ref = "PartyCoverage")))
    public Response cover(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          PartyDtos.CoverageDto r) {
        RequiredFields.check(r).present("gridIds", r.gridIds()).orFail();
        PartyOrganizations.Coverage c = organizations.cover(id, ETags.expectedVersion(ifMatch), r.gridIds());
        return ETags.ok(new PartyDtos.CoverageDto(c.gridIds()), c.organization().version());
    }

    @GET
    @Path("party-organizations/{id}/grids")
    @Operation(operationId = "getPartyOrganizationGrids", summary = "The grid nodes the organisation covers",
            description = "ETag is the organisation's version.")
    @APIResponse(responseCode = "200", description = "The covered nodes",
            content = @Content(schema = @Schema(ref = "PartyCoverage")))
    public Response coverage(@PathParam("id") String id) {
        PartyOrganizations.Coverage c = organizations.coverage(id);
        return ETags.ok(new PartyDtos.CoverageDto(c.gridIds()), c.organization().version());
    }

    @POST
    @Path("party-organizations/{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "holdPartyMeeting", summary = "Record a meeting of the 三会一课 or a themed Party day",
            description = "Attendance names members on the roster of this organisation or one below it.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(ref = "PartyMeeting")))
    public Response hold(@PathParam("id") String id, PartyDtos.MeetingRequest r) {
        RequiredFields.check(r).present("kind", r.kind()).present("title", r.title()).present("heldOn", r.heldOn())
                .maxLength("place", r.place(), 200).maxLength("summary", r.summary(), 4000).orFail();
        PartyLife.Meeting m = life.hold(id, r.kind(), r.title(), r.heldOn(), r.place(), r.summary(),
                r.attendance());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/party-meetings").path(m.meeting().id()).build())
                .entity(PartyAssembler.dto(m)).build();
    }

    @GET
    @Path("party-organizations/{id}/meetings")
    @Operation(operationId = "listPartyMeetings", summary = "Its meetings, optionally between two dates")
    public PageDto<PartyDtos.MeetingDto> meetings(@PathParam("id") String id, @QueryParam("from") String from,
                                                  @QueryParam("to") String to, @QueryParam("limit") Integer limit,
                                                  @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "party-meetings|" + id + "|" + from + "|" + to;
        return cursors.page(tenant, scope, life.list(id, QueryDates.parse("from", from).orElse(null),
                        QueryDates.parse("to", to).orElse(null), cursors.after(tenant, scope, cursor), page.limit()),
                m -> PartyAssembler.dto(m, null), PartyDtos.MeetingDto::id);
    }

    @GET
    @Path("party-organizations/{id}/meetings:counts")
    @Operation(operationId = "countPartyMeetings", summary = "Meetings by kind and attendance in a period")
    public PartyDtos.MeetingCountsDto counts(@PathParam("id") String id, @QueryParam("from") String from,
                                             @QueryParam("to") String to) {
        RequiredFields.check(Boolean.TRUE).present("from", from).present("to", to).orFail();
        LocalDate f = QueryDates.parse("from", from).orElseThrow();
        LocalDate t = QueryDates.parse("to", to).orElseThrow();
        PartyRepository.MeetingCounts c = life.counts(id, f, t);
        long all = c.attendanceByPresence().values().stream().mapToLong(Long::longValue).sum();
        return new PartyDtos.MeetingCountsDto(id.toLowerCase(java.util.Locale.ROOT), f, t, c.meetingsByKind(),
                c.attendanceByPresence(), PartyAssembler.ratio(c.attendanceByPresence().getOrDefault("PRESENT", 0L),
                all));
    }

    @GET
    @Path("party-meetings/{id}")
    @Operation(operationId = "getPartyMeeting", summary = "One meeting with its attendance")
    public PartyDtos.MeetingDto meeting(@PathParam("id") String id) {
        return PartyAssembler.dto(life.get(id));
    }

    @GET
    @Path("party-organizations/{id}/reports")
    @Operation(operationId = "listPartyReports", summary = "In-service reports made to it, optionally by state")
    public PageDto<PartyDtos.ReportDto> reports(@PathParam("id") String id, @QueryParam("state") String state,
                                                @QueryParam("limit") Integer limit,
                                                @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "party-reports|" + id + "|" + state;
        return cursors.page(tenant, scope, reports.list(id, state, cursors.after(tenant, scope, cursor),
                page.limit()), PartyAssembler::dto, PartyDtos.ReportDto::id);
    }

    @GET
    @Path("party:stats")
    @Operation(operationId = "getPartyStats", summary = "Party statistics of a grid subtree",
            description = "Organisations covering some node of the subtree, by type; their members by kind (a "
                    + "member reporting in-service here counts as IN_SERVICE_REPORTED here); coverage of compounds "
                    + "and grids, as Chengdu reports 100 % of its property compounds; each owners' committee with "
                    + "the Party share of its seats and candidates against the 30 % target (reported, never "
                    + "enforced); households covered by a Party member's link.")
    public PartyDtos.StatsDto stats(@QueryParam("gridId") String gridId) {
        RequiredFields.check(Boolean.TRUE).present("gridId", gridId).orFail();
        return PartyAssembler.dto(organizations.stats(gridId));
    }

    private PageDto<PartyDtos.OrganizationDto> page(String scope, List<PartyOrganization> list, String cursor,
                                                    Integer limit) {
        return cursors.pageOf(callers.get().tenantId(), scope, list, PartyOrganization::id, PartyAssembler::dto,
                cursor, PageRequest.of(limit));
    }

    private static Response ok(PartyOrganization o) {
        return ETags.ok(PartyAssembler.dto(o), o.version());
    }
}
