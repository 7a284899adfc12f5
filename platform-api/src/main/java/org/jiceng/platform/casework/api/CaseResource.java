package org.jiceng.platform.casework.api;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.casework.application.CaseService;
import org.jiceng.platform.casework.application.CaseStats;
import org.jiceng.platform.casework.application.CaseStatsView;
import org.jiceng.platform.casework.application.CaseView;
import org.jiceng.platform.casework.domain.CaseFilter;
import org.jiceng.platform.casework.domain.CaseStatus;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.ETags;
import org.jiceng.platform.shared.api.Languages;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.QueryDates;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.security.CallerContext;

import java.util.List;
import java.util.Optional;

/**
 * {@code /api/v1/cases}: the closed loop. Each step is {@code POST /api/v1/cases/{id}:<action>} with
 * {@code If-Match}; a step the case cannot take now is 409, naming the steps it can.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Residents' appeals and grid workers' findings, from report to evaluation")
public class CaseResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String STEP_DESCRIPTION = "Requires If-Match. 409 when the case cannot take this step "
            + "now; the problem's detail names the steps it can.";

    @Inject
    CaseService cases;
    @Inject
    CaseStats stats;
    @Inject
    org.jiceng.platform.casework.application.CaseLedger ledger;
    @Inject
    Cursors cursors;
    @Inject
    java.time.Clock clock;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportCase", summary = "File a case",
            description = "The case gets the tenant's next number (PREFIX-YEAR-000123) and its acceptance deadline "
                    + "from the category and priority. Without gridId it is placed in the deepest grid whose "
                    + "boundary contains the location. A vendor's app names the resident in reporter.externalId "
                    + "(or files anonymously). Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Filed",
            content = @Content(schema = @Schema(ref = "Case")))
    public Response report(CaseCreateRequest request) {
        RequiredFields.check(request).present("title", request.title()).present("description", request.description())
                .present("categoryCode", request.categoryCode()).maxLength("title", request.title(), 200)
                .maxLength("description", request.description(), 4000)
                .maxLength("location.address", request.location() == null ? null : request.location().address(), 300)
                .orFail();
        CaseView v = cases.report(CaseAssembler.toNewCase(request));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/cases").path(v.record().id()).build())
                .tag(ETags.of(v.record().version())).entity(CaseAssembler.toDto(v)).build();
    }

    @GET
    @Path("cases")
    @Operation(operationId = "listCases", summary = "Cases, newest first",
            description = "Filters combine. gridId takes the node's whole subtree. overdue=true: past the deadline "
                    + "of the current step (acceptance while REPORTED, acknowledgement while DISPATCHED, resolution "
                    + "while ACCEPTED, IN_PROGRESS or REOPENED). dueWithinHours=n: that deadline falls in the next "
                    + "n hours. Residents and vendors' apps see only their own cases.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(ref = "CasePage")))
    public PageDto<CaseDto> list(@QueryParam("status") String status, @QueryParam("categoryCode") String category,
                                 @QueryParam("gridId") String gridId, @QueryParam("departmentId") String departmentId,
                                 @QueryParam("overdue") Boolean overdue,
                                 @Parameter(description = "1-720") @QueryParam("dueWithinHours") Integer dueWithin,
                                 @Parameter(description = "Cases of the reporter with this phone; needs pii:read")
                                 @QueryParam("reporterPhone") String reporterPhone,
                                 @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        CaseFilter filter = filter(status, category, gridId, departmentId, overdue, dueWithin, reporterPhone);
        String scope = String.join("|", "cases", status, category, gridId, departmentId, String.valueOf(overdue),
                String.valueOf(dueWithin), reporterPhone);
        String after = cursor == null ? null : cursors.decode(callers.get().tenantId(), scope, cursor);
        Slice<CaseView> slice = cases.list(filter, after, page.limit());
        List<CaseDto> data = slice.items().stream().map(CaseAssembler::toDto).toList();
        return new PageDto<>(data, slice.hasMore()
                ? cursors.encode(callers.get().tenantId(), scope, data.get(data.size() - 1).id()) : null);
    }

    @GET
    @Path("cases:stats")
    @Operation(operationId = "getCaseStats", summary = "Governance rates and ranking per grid subtree",
            description = "One group per grid node of level groupBy (default STREET) inside gridId's subtree (default "
                    + "the whole tenant), over [from, to) in the tenant's time zone (default this month). A case counts "
                    + "in the period it was accepted; reported and rejected count by report time; overdueNow counts "
                    + "open cases past their current deadline now. responseRate = acknowledgedOnTime ÷ "
                    + "acknowledgementsDue (dispatched cases acknowledged, or past the acknowledgement deadline); "
                    + "resolutionRate = closed (verified) ÷ accepted; satisfactionRate = satisfied (score 4-5) ÷ "
                    + "evaluated. score = the rates weighted by the tenant's scoreWeights, 0-100, over the rates that "
                    + "have cases to measure. Groups come best score first, with their rank.")
    @APIResponse(responseCode = "200", description = "The statistics",
            content = @Content(schema = @Schema(ref = "CaseStats")))
    public CaseStatsDto stats(@Parameter(schema = @Schema(enumeration = {"CITY", "DISTRICT", "STREET", "COMMUNITY",
                                      "GRID", "COMPOUND", "BUILDING"})) @QueryParam("groupBy") String groupBy,
                              @QueryParam("gridId") String gridId, @QueryParam("categoryCode") String categoryCode,
                              @Parameter(description = "yyyy-MM-dd") @QueryParam("from") String from,
                              @Parameter(description = "yyyy-MM-dd, exclusive") @QueryParam("to") String to) {
        CaseStatsView v = stats.stats(groupBy, Optional.ofNullable(gridId), Optional.ofNullable(categoryCode),
                QueryDates.parse("from", from), QueryDates.parse("to", to));
        return new CaseStatsDto(v.from(), v.to(), v.groupBy(), new CaseStatsDto.Weights(v.weights().response(),
                v.weights().resolution(), v.weights().satisfaction()), v.groups().stream().map(g -> {
                    var c = g.counts();
                    var r = g.rates();
                    return new CaseStatsDto.Group(c.gridId(), c.code(), c.name(), g.rank(), r.score(),
                            r.responseRate(), r.resolutionRate(), r.satisfactionRate(), c.reported(), c.rejected(),
                            c.accepted(), c.closed(), c.acknowledgementsDue(), c.acknowledgedOnTime(), c.evaluated(),
                            c.satisfied(), c.rework(), c.meanHoursToClose(), c.overdueNow(), c.whistled(),
                            r.whistleRate(), c.byStatus(), c.byCategory());
                }).toList());
    }


    @GET
    @Path("cases:trend")
    @Operation(operationId = "getCaseTrend", summary = "A grid node's rates and counts month by month",
            description = "For each month of [from, to) in the tenant's calendar (default the six months up to and "
                    + "including this one; at most 24), the counts and rates cases:stats reports for gridId's node "
                    + "(default the tenant's root) and that month. Staff assigned to part of the tenant give a gridId "
                    + "in their reach.")
    @APIResponse(responseCode = "200", description = "The series, oldest month first",
            content = @Content(schema = @Schema(ref = "CaseTrend")))
    public CaseTrendDto trend(@QueryParam("gridId") String gridId, @QueryParam("categoryCode") String categoryCode,
                              @Parameter(description = "yyyy-MM") @QueryParam("from") String from,
                              @Parameter(description = "yyyy-MM, exclusive") @QueryParam("to") String to) {
        CaseStats.Trend t = stats.trend(Optional.ofNullable(gridId), Optional.ofNullable(categoryCode),
                QueryDates.month("from", from), QueryDates.month("to", to));
        return new CaseTrendDto(t.node().id(), t.node().code(), t.node().name(), t.from().toString(),
                t.to().toString(), t.months().stream().map(m -> new CaseTrendDto.Month(m.month().toString(),
                        m.counts().reported(), m.counts().accepted(), m.counts().closed(), m.counts().evaluated(),
                        m.counts().whistled(), m.rates().responseRate(), m.rates().resolutionRate(),
                        m.rates().satisfactionRate(), m.rates().score(), m.rates().whistleRate())).toList());
    }

    @GET
    @Path("cases:export")
    @Produces({"text/csv", CaseResource.XLSX})
    @Operation(operationId = "exportCases", summary = "问题台账: the filtered case list as CSV or .xlsx",
            description = "The same filters as the list (and the same reach); times in the tenant's time zone; names "
                    + "and phones masked unless the caller has pii:read (then every row's read is logged). CSV is "
                    + "UTF-8 with a byte-order mark for Excel. At most 100,000 rows.")
    @APIResponse(responseCode = "200", description = "The ledger",
            content = {@Content(mediaType = "text/csv"), @Content(mediaType = CaseResource.XLSX)})
    public Response export(@Parameter(schema = @Schema(enumeration = {"csv", "xlsx"})) @QueryParam("format") String format,
                           @QueryParam("status") String status, @QueryParam("categoryCode") String category,
                           @QueryParam("gridId") String gridId, @QueryParam("departmentId") String departmentId,
                           @QueryParam("overdue") Boolean overdue, @QueryParam("dueWithinHours") Integer dueWithin,
                           @Context HttpHeaders headers) {
        java.util.Locale language = Languages.choose(Languages.ranges(headers.getHeaderString(
                HttpHeaders.ACCEPT_LANGUAGE)), java.util.Optional.of(callers.get().tenant().settings().locale()));
        java.nio.file.Path file = ledger.write(filter(status, category, gridId, departmentId, overdue, dueWithin,
                null), format, language);
        boolean xlsx = file.toString().endsWith(".xlsx");
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            try {
                java.nio.file.Files.copy(file, out);
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        };
        return Response.ok(body, xlsx ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cases." + (xlsx ? "xlsx" : "csv") + "\"")
                .build();
    }

    private static CaseFilter filter(String status, String category, String gridId, String departmentId,
                                     Boolean overdue, Integer dueWithin, String reporterPhone) {
        Optional<CaseStatus> s = Optional.ofNullable(status).map(v -> {
            try {
                return CaseStatus.valueOf(v);
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("status", "one of " + List.of(CaseStatus.values()));
            }
        });
        if (dueWithin != null && (dueWithin < 1 || dueWithin > 720)) {
            throw new RuleViolation("dueWithinHours", "1 to 720");
        }
        if (Boolean.TRUE.equals(overdue) && dueWithin != null) {
            throw new RuleViolation("dueWithinHours", "either overdue or dueWithinHours, not both");
        }
        return CaseFilter.of(s, Optional.ofNullable(category), Optional.ofNullable(gridId),
                Optional.ofNullable(departmentId), Boolean.TRUE.equals(overdue), Optional.ofNullable(dueWithin),
                Optional.ofNullable(reporterPhone));
    }

    @GET
    @Path("cases/{id}")
    @Operation(operationId = "getCase", summary = "One case; ETag is its version")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(ref = "Case")))
    public Response get(@PathParam("id") String id) {
        return ok(cases.get(id));
    }

    @GET
    @Path("cases/{id}/timeline")
    @Operation(operationId = "getCaseTimeline", summary = "Every step of the case, oldest first")
    @APIResponse(responseCode = "200", description = "The timeline",
            content = @Content(schema = @Schema(ref = "CaseTimeline")))
    public PageDto<CaseEventDto> timeline(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                          @QueryParam("cursor") String cursor) {
        return cursors.pageInOrder(callers.get().tenantId(), "timeline|" + id, cases.timeline(id),
                CaseAssembler::toDto, cursor, PageRequest.of(limit));
    }

    @POST
    @Path("cases/{id}:accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptCase", summary = "Register the case (REPORTED → ACCEPTED)",
            description = "Sets the resolution deadline. " + STEP_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(ref = "Case")))
    @APIResponse(responseCode = "409", description = "Not allowed now", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response accept(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CaseStepRequest body) {
        long version = ETags.expectedVersion(ifMatch);
        return ok(cases.accept(id, version, body == null ? null : body.note()));
    }

    @POST
    @Path("cases/{id}:reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectCase", summary = "Refuse the case with a reason (REPORTED → REJECTED)",
            description = STEP_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(ref = "Case")))
    public Response reject(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CaseStepRequest body) {
        long version = ETags.expectedVersion(ifMatch);
        RequiredFields.check(body).present("reason", body.reason()).orFail();
        return ok(cases.reject(id, version, body.reason()));
    }

    @POST
    @Path("cases/{id}:mark-duplicate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markCaseDuplicate", summary = "Merge the case into a master case (→ DUPLICATE)",
            description = STEP_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Merged", content = @Content(schema = @Schema(ref = "Case")))
    public Response markDuplicate(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  CaseStepRequest body) {
        long version = ETags.expectedVersion(ifMatch);
        RequiredFields.check(body).present("masterCaseId", body.masterCaseId()).orFail();
        return ok(cases.markDuplicate(id, version, body.masterCaseId()));
    }

    @POST
    @Path("cases/{id}:dispatch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dispatchCase", summary = "Send the case to a grid node or a department (→ DISPATCHED)",
            description = "Also re-dispatches a DISPATCHED case and sends a REOPENED one back out; the "
                    + "acknowledgement deadline restarts. " + STEP_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Dispatched", content = @Content(schema = @Schema(ref = "Case")))
    public Response dispatch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             CaseStepRequest body) {
        long version = ETags.expectedVersion(ifMatch);
        RequiredFields.check(body).present("handlerKind", body.handlerKind()).present("handlerId", body.handlerId())
                .orFail();
        return ok(cases.dispatch(id, version, body.handlerKind(), body.handlerId(), body.note()));
    }

    @POST
    @Path("cases/{id}:acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgeCase", summary = "The handling unit reports in (DISPATCHED → IN_PROGRESS)",
            description = STEP_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Acknowledged", content = @Content(schema = @Schema(ref = "Case")))
    public Response acknowledge(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                CaseStepRequest body) {
        long version = ETags.expectedVersion(ifMatch);
        return ok(cases.acknowledge(id, version, body == null ? null : body.note()));
    }

    @POST
    @Path("cases/{id}:defer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deferCase", summary = "Move the resolution deadline later, with a reason",
            description = STEP_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Deferred", content = @Content(schema = @Schema(ref = "Case")))
    public Response defer(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          CaseStepRequest body) {
        long version = ETags.expectedVersion(ifMatch);
        RequiredFields.check(body).present("until", body.until()).present("reason", body.reason()).orFail();
        return ok(cases.defer(id, version, body.until(), body.reason()));
    }

    @POST
    @Path("cases/{id}:whistle")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "whistleCase", summary = "吹哨: escalate to the street and/or summon departments",
            description = "From DISPATCHED or IN_PROGRESS; the state stays. escalate=true hands the case to the "
                    + "STREET above its handling grid. Each summoned department gets its own deadline and reports "
                    + "in through its summons. " + STEP_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Whistled", content = @Content(schema = @Schema(ref = "Case")))
    public Response whistle(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            WhistleRequest body) {
        long version = ETags.expectedVersion(ifMatch);
        RequiredFields.check(body).maxLength("note", body.note(), 1000).orFail();
        List<CaseService.SummonsOrder> orders = body.summons() == null ? List.of() : body.summons().stream()
                .map(o -> o == null ? null : new CaseService.SummonsOrder(o.departmentId(), o.hours())).toList();
        return ok(cases.whistle(id, version, Boolean.TRUE.equals(body.escalate()), orders, body.note()));
    }

    @GET
    @Path("cases/{id}/summonses")
    @Operation(operationId = "listCaseSummonses", summary = "The departments a case's whistles summoned")
    @APIResponse(responseCode = "200", description = "All summonses of the case",
            content = @Content(schema = @Schema(ref = "CaseSummonsList")))
    public PageDto<SummonsDto> summonses(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                         @QueryParam("cursor") String cursor) {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        return cursors.pageOf(callers.get().tenantId(), "summonses|" + id, cases.summonses(id),
                org.jiceng.platform.casework.domain.Summons::id, x -> summonsDto(x, now), cursor, PageRequest.of(limit));
    }

    @POST
    @Path("cases/{id}/summonses/{summonsId}:acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgeCaseSummons", summary = "报到: a summoned department reports in",
            description = "Once per summons; recorded on the case's timeline, late if past the summons' deadline.")
    @APIResponse(responseCode = "200", description = "All summonses of the case, this one acknowledged",
            content = @Content(schema = @Schema(ref = "CaseSummonsList")))
    @APIResponse(responseCode = "409", description = "Already acknowledged, or the case is finished",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageDto<SummonsDto> acknowledgeSummons(@PathParam("id") String id, @PathParam("summonsId") String summonsId,
                                                  CaseStepRequest body) {
        return summonsPage(cases.acknowledgeSummons(id, summonsId, body == null ? null : body.note()));
    }

    private PageDto<SummonsDto> summonsPage(List<org.jiceng.platform.casework.domain.Summons> list) {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        return new PageDto<>(list.stream().map(x -> summonsDto(x, now)).toList(), null);
    }

    private static SummonsDto summonsDto(org.jiceng.platform.casework.domain.Summons x, java.time.OffsetDateTime now) {
        return new SummonsDto(x.id(), x.caseId(), x.departmentId(), x.summonedAt(), x.dueAt(),
                x.acknowledgedAt().orElse(null), x.acknowledgedBy().orElse(null), x.note().orElse(null),
                x.onTime(now));
    }

    @POST
    @Path("cases/{id}:resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveCase", summary = "Feed back the result (IN_PROGRESS → RESOLVED)",
            description = STEP_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Resolved", content = @Content(schema = @Schema(ref = "Case")))
    public Response resolve(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            CaseStepRequest body) {
        long version = ETags.expectedVersion(ifMatch);
        RequiredFields.check(body).present("note", body.note()).orFail();
        return ok(cases.resolve(id, version, body.note()));
    }

    @POST
    @Path("cases/{id}:verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyCase", summary = "Verify on site: passed → CLOSED, failed → IN_PROGRESS (rework)",
            description = STEP_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Verified", content = @Content(schema = @Schema(ref = "Case")))
    public Response verify(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CaseStepRequest body) {
        long version = ETags.expectedVersion(ifMatch);
        RequiredFields.check(body).present("passed", body.passed()).orFail();
        return ok(cases.verify(id, version, body.passed(), body.note()));
    }

    @POST
    @Path("cases/{id}:evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluateCase", summary = "The resident's evaluation of a closed case (1-5, once)",
            description = "Satisfied from 4. " + STEP_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Evaluated", content = @Content(schema = @Schema(ref = "Case")))
    public Response evaluate(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             CaseStepRequest body) {
        long version = ETags.expectedVersion(ifMatch);
        RequiredFields.check(body).present("score", body.score()).maxLength("comment", body.comment(), 1000).orFail();
        return ok(cases.evaluate(id, version, body.score(), body.comment()));
    }

    @POST
    @Path("cases/{id}:reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenCase", summary = "Reopen an unsatisfactorily evaluated case (CLOSED → REOPENED)",
            description = "Within the tenant's caseReopenDays of closing; counts as rework. " + STEP_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Reopened", content = @Content(schema = @Schema(ref = "Case")))
    public Response reopen(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CaseStepRequest body) {
        long version = ETags.expectedVersion(ifMatch);
        RequiredFields.check(body).present("reason", body.reason()).orFail();
        return ok(cases.reopen(id, version, body.reason()));
    }

    private static Response ok(CaseView v) {
        return Response.ok(CaseAssembler.toDto(v)).tag(ETags.of(v.record().version())).build();
    }

    /** OpenAPI shape of a page of cases. */
    @Schema(name = "CasePage")
    static final class CasePageSchema {
        public List<CaseDto> data;
        @Schema(nullable = true)
        public String nextCursor;
    }

    /** OpenAPI shape of a case's summonses. */
    @Schema(name = "CaseSummonsList")
    static final class SummonsListSchema {
        public List<SummonsDto> data;
    }

    /** OpenAPI shape of a timeline. */
    @Schema(name = "CaseTimeline")
    static final class TimelineSchema {
        public List<CaseEventDto> data;
    }
}
