package org.jiceng.platform.commons.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.jiceng.platform.commons.application.NeedList;
import org.jiceng.platform.commons.application.ProjectList;
import org.jiceng.platform.commons.application.ResourceList;
import org.jiceng.platform.commons.domain.Booking;
import org.jiceng.platform.commons.domain.CommunityResource;
import org.jiceng.platform.commons.domain.Need;
import org.jiceng.platform.commons.domain.Project;
import org.jiceng.platform.commons.domain.ProjectMilestone;
import org.jiceng.platform.shared.api.TableSink;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The three lists (三个清单): {@code /api/v1/community-resources} (with bookings of places), {@code /api/v1/needs}
 * (gathered, merged, triaged) and {@code /api/v1/projects} (planned from needs, carried out, evaluated). Anyone in
 * the tenant reads them; staff keep them. Steps name the record's version in {@code If-Match}.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Three lists", description = "Resources, needs and projects of a community (三个清单)")
public class ListResource {
    @Inject
    ResourceList resources;
    @Inject
    NeedList needs;
    @Inject
    ProjectList projects;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("community-resources")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCommunityResource", summary = "Put a resource on the resources list")
    @APIResponse(responseCode = "201", description = "Listed",
            content = @Content(schema = @Schema(implementation = ListDtos.ResourceDto.class)))
    public Response createResource(ListDtos.ResourceRequest r) {
        RequiredFields.check(r).present("gridId", r.gridId()).present("kind", r.kind()).present("name", r.name())
                .present("providerKind", r.providerKind()).orFail();
        CommunityResource x = resources.create(new ResourceList.NewResource(r.gridId(), EnumValues.parse(
                CommunityResource.Kind.class, "kind", r.kind()), r.name(), EnumValues.parse(
                CommunityResource.ProviderKind.class, "providerKind", r.providerKind()), r.providerRef(),
                r.providerName(), r.capacity(), r.availability()));
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/community-resources").path(x.id()).build(), dto(x),
                x.version());
    }

    @GET
    @Path("community-resources")
    @Operation(operationId = "listCommunityResources", summary = "The resources of a grid subtree")
    public PageDto<ListDtos.ResourceDto> listResources(@QueryParam("gridId") String gridId,
                                                       @QueryParam("limit") Integer limit,
                                                       @QueryParam("cursor") String cursor) {
        RequiredFields.check(Boolean.TRUE).present("gridId", gridId).orFail();
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "resources|" + gridId;
        return cursors.page(tenant, scope, resources.list(gridId, cursors.after(tenant, scope, cursor), page.limit()),
                ListResource::dto, ListDtos.ResourceDto::id);
    }

    @GET
    @Path("community-resources/{id}")
    @Operation(operationId = "getCommunityResource", summary = "One resource")
    @APIResponse(responseCode = "200", description = "The resource; ETag is its version",
            content = @Content(schema = @Schema(implementation = ListDtos.ResourceDto.class)))
    public Response resource(@PathParam("id") String id) {
        CommunityResource x = resources.get(id);
        return ETags.ok(dto(x), x.version());
    }

    @PATCH
    @Path("community-resources/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateCommunityResource", summary = "Change capacity, availability or whether it is "
            + "offered")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = ListDtos.ResourceDto.class)))
    public Response updateResource(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   ListDtos.ResourcePatch r) {
        RequiredFields.check(r).orFail();
        CommunityResource x = resources.change(id, ETags.expectedVersion(ifMatch), r.capacity(), r.availability(),
                r.active());
        return ETags.ok(dto(x), x.version());
    }

    @POST
    @Path("community-resources/{id}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "bookCommunityResource", summary = "Book a place for a slot (409 if the slot is taken)")
    @APIResponse(responseCode = "201", description = "Booked",
            content = @Content(schema = @Schema(implementation = ListDtos.BookingDto.class)))
    public Response book(@PathParam("id") String id, ListDtos.BookingRequest r) {
        RequiredFields.check(r).present("startsAt", r.startsAt()).present("endsAt", r.endsAt())
                .present("purpose", r.purpose()).orFail();
        Booking b = resources.book(id, r.startsAt(), r.endsAt(), r.purpose());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/community-resources").path(id).path("bookings")
                .path(b.id()).build(), dto(b), b.version());
    }

    @GET
    @Path("community-resources/{id}/bookings")
    @Operation(operationId = "listResourceBookings", summary = "A place's bookings, earliest first")
    public PageDto<ListDtos.BookingDto> bookings(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                                 @QueryParam("cursor") String cursor) {
        return cursors.pageInOrder(callers.get().tenantId(), "bookings|" + id, resources.bookings(id), this::dto,
                cursor, PageRequest.of(limit));
    }

    @POST
    @Path("community-resources/{id}/bookings/{bookingId}:cancel")
    @Operation(operationId = "cancelResourceBooking", summary = "Cancel a booking (the one who made it, or staff)")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = ListDtos.BookingDto.class)))
    public Response cancelBooking(@PathParam("id") String id, @PathParam("bookingId") String bookingId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Booking b = resources.cancel(id, bookingId, ETags.expectedVersion(ifMatch));
        return ETags.ok(dto(b), b.version());
    }

    @POST
    @Path("needs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "gatherNeed", summary = "Put a need on the needs list")
    @APIResponse(responseCode = "201", description = "Gathered",
            content = @Content(schema = @Schema(implementation = ListDtos.NeedDto.class)))
    public Response gather(ListDtos.NeedRequest r) {
        RequiredFields.check(r).present("gridId", r.gridId()).present("title", r.title())
                .present("description", r.description()).present("category", r.category())
                .present("source", r.source()).present("households", r.households()).orFail();
        Need n = needs.gather(r.gridId(), r.title(), r.description(), r.category(), EnumValues.parse(Need.Source.class,
                "source", r.source()), r.households());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/needs").path(n.id()).build(), dto(n), n.version());
    }

    @GET
    @Path("needs")
    @Operation(operationId = "listNeeds", summary = "The needs of a grid subtree, optionally in one status")
    public PageDto<ListDtos.NeedDto> listNeeds(@QueryParam("gridId") String gridId,
                                               @QueryParam("status") String status,
                                               @QueryParam("limit") Integer limit,
                                               @QueryParam("cursor") String cursor) {
        RequiredFields.check(Boolean.TRUE).present("gridId", gridId).orFail();
        PageRequest page = PageRequest.of(limit);
        Optional<Need.Status> wanted = Optional.ofNullable(status).map(s -> EnumValues.parse(Need.Status.class,
                "status", s));
        String tenant = callers.get().tenantId();
        String scope = "needs|" + gridId + "|" + wanted.map(Enum::name).orElse("");
        return cursors.page(tenant, scope, needs.list(gridId, wanted, cursors.after(tenant, scope, cursor),
                page.limit()), this::dto, ListDtos.NeedDto::id);
    }

    @GET
    @Path("needs/{id}")
    @Operation(operationId = "getNeed", summary = "One need, with what it became")
    @APIResponse(responseCode = "200", description = "The need; ETag is its version",
            content = @Content(schema = @Schema(implementation = ListDtos.NeedDto.class)))
    public Response need(@PathParam("id") String id) {
        Need n = needs.get(id);
        return ETags.ok(dto(n), n.version());
    }

    @POST
    @Path("needs/{id}:merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeNeed", summary = "Merge a duplicate into the need it repeats (households add up)")
    @APIResponse(responseCode = "200", description = "Merged",
            content = @Content(schema = @Schema(implementation = ListDtos.NeedDto.class)))
    public Response merge(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          ListDtos.MergeRequest r) {
        RequiredFields.check(r).present("intoId", r.intoId()).orFail();
        Need n = needs.merge(id, ETags.expectedVersion(ifMatch), r.intoId());
        return ETags.ok(dto(n), n.version());
    }

    @POST
    @Path("needs/{id}:triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "triageNeed", summary = "Triage: the community solves it, it is escalated as a case, or "
            + "it is declined",
            description = "ESCALATE files a case as the caller, accepts it, dispatches it to the community and blows "
                    + "the whistle to the street and the departments named.")
    @APIResponse(responseCode = "200", description = "Triaged",
            content = @Content(schema = @Schema(implementation = ListDtos.NeedDto.class)))
    public Response triage(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ListDtos.TriageRequest r) {
        RequiredFields.check(r).present("route", r.route()).orFail();
        Need n = needs.triage(id, ETags.expectedVersion(ifMatch), EnumValues.parse(Need.Route.class, "route",
                r.route()), r.resourceIds(), r.reason(), r.escalation() == null ? null : new NeedList.Escalation(
                r.escalation().categoryCode(), r.escalation().departmentIds(), r.escalation().hours()));
        return ETags.ok(dto(n), n.version());
    }

    @POST
    @Path("projects")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "planProject", summary = "Put a project on the projects list, from its needs")
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(schema = @Schema(implementation = ListDtos.ProjectDto.class)))
    public Response plan(ListDtos.ProjectRequest r) {
        RequiredFields.check(r).present("gridId", r.gridId()).present("title", r.title())
                .present("description", r.description()).present("needIds", r.needIds())
                .present("budgetFen", r.budgetFen()).present("ownerKind", r.ownerKind())
                .present("ownerId", r.ownerId()).orFail();
        Project p = projects.plan(new ProjectList.NewProject(r.gridId(), r.title(), r.description(), r.needIds(),
                r.decisionTopicId(), r.resourceIds(), r.budgetFen(), r.funding() == null ? null : r.funding().stream()
                .map(f -> f == null ? null : new ProjectList.Funding(f.kind(), f.name(), f.amountFen())).toList(),
                r.ownerKind(), r.ownerId(), Boolean.TRUE.equals(r.longTerm())));
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/projects").path(p.id()).build(), dto(p),
                p.version());
    }

    @GET
    @Path("projects")
    @Operation(operationId = "listProjects", summary = "The projects of a grid subtree, optionally in one state")
    public PageDto<ListDtos.ProjectDto> listProjects(@QueryParam("gridId") String gridId,
                                                     @QueryParam("state") String state,
                                                     @QueryParam("limit") Integer limit,
                                                     @QueryParam("cursor") String cursor) {
        RequiredFields.check(Boolean.TRUE).present("gridId", gridId).orFail();
        PageRequest page = PageRequest.of(limit);
        Optional<Project.State> wanted = Optional.ofNullable(state).map(s -> EnumValues.parse(Project.State.class,
                "state", s));
        String tenant = callers.get().tenantId();
        String scope = "projects|" + gridId + "|" + wanted.map(Enum::name).orElse("");
        return cursors.page(tenant, scope, projects.list(gridId, wanted, cursors.after(tenant, scope, cursor),
                page.limit()), this::dto, ListDtos.ProjectDto::id);
    }

    @GET
    @Path("projects/{id}")
    @Operation(operationId = "getProject", summary = "One project")
    @APIResponse(responseCode = "200", description = "The project; ETag is its version",
            content = @Content(schema = @Schema(implementation = ListDtos.ProjectDto.class)))
    public Response project(@PathParam("id") String id) {
        Project p = projects.get(id);
        return ETags.ok(dto(p), p.version());
    }

    @POST
    @Path("projects/{id}:start")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startProject", summary = "Start the project")
    @APIResponse(responseCode = "200", description = "In progress",
            content = @Content(schema = @Schema(implementation = ListDtos.ProjectDto.class)))
    public Response start(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          ListDtos.StartRequest r) {
        Project p = projects.start(id, ETags.expectedVersion(ifMatch), r == null ? null : r.startedOn());
        return ETags.ok(dto(p), p.version());
    }

    @POST
    @Path("projects/{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reachProjectMilestone", summary = "A dated milestone; at 100 the project is done")
    @APIResponse(responseCode = "200", description = "The project after the milestone",
            content = @Content(schema = @Schema(implementation = ListDtos.ProjectDto.class)))
    public Response reach(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          ListDtos.MilestoneRequest r) {
        RequiredFields.check(r).present("reachedOn", r.reachedOn()).present("progress", r.progress())
                .present("note", r.note()).orFail();
        Project p = projects.reach(id, ETags.expectedVersion(ifMatch), r.reachedOn(), r.progress(), r.note());
        return ETags.ok(dto(p), p.version());
    }

    @GET
    @Path("projects/{id}/milestones")
    @Operation(operationId = "listProjectMilestones", summary = "The project's milestones, earliest first")
    public PageDto<ListDtos.MilestoneDto> milestones(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                                     @QueryParam("cursor") String cursor) {
        return cursors.pageInOrder(callers.get().tenantId(), "project-milestones|" + id, projects.milestones(id),
                ListResource::dto, cursor, PageRequest.of(limit));
    }

    @POST
    @Path("projects/{id}:cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelProject", summary = "Cancel the project, with a reason")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = ListDtos.ProjectDto.class)))
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ListDtos.CancelRequest r) {
        RequiredFields.check(r).present("reason", r.reason()).orFail();
        Project p = projects.cancel(id, ETags.expectedVersion(ifMatch), r.reason());
        return ETags.ok(dto(p), p.version());
    }

    @POST
    @Path("projects/{id}/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluateProject", summary = "A resident evaluates a finished project, 1–5, once",
            description = "Staff entering a paper evaluation name the householdId.")
    @APIResponse(responseCode = "200", description = "The evaluations so far",
            content = @Content(schema = @Schema(implementation = ListDtos.EvaluationsDto.class)))
    public ListDtos.EvaluationsDto evaluate(@PathParam("id") String id, ListDtos.EvaluationRequest r) {
        RequiredFields.check(r).present("score", r.score()).orFail();
        return evaluations(projects.get(id).id(), projects.evaluate(id, r.score(), r.comment(), r.householdId()));
    }

    @GET
    @Path("projects/{id}/evaluations")
    @Operation(operationId = "getProjectEvaluations", summary = "How residents evaluated the project")
    public ListDtos.EvaluationsDto projectEvaluations(@PathParam("id") String id) {
        return evaluations(projects.get(id).id(), projects.evaluations(id));
    }

    @GET
    @Path("lists:stats")
    @Operation(operationId = "getListStats", summary = "The three lists of a subtree counted",
            description = "Resources by kind and provider (inside the community or outside), needs by route and "
                    + "status, projects by state, and projects planned and done per month (yyyy-mm|PLANNED, "
                    + "yyyy-mm|DONE): done against planned.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = ListDtos.CountsDto.class)))
    public ListDtos.CountsDto stats(@QueryParam("gridId") String gridId) {
        RequiredFields.check(Boolean.TRUE).present("gridId", gridId).orFail();
        ProjectList.Counts c = projects.counts(gridId);
        List<ListDtos.ResourceCount> rows = new ArrayList<>();
        Map<String, Long> byKind = new TreeMap<>();
        long inside = 0;
        long outside = 0;
        for (Object[] r : c.resources()) {
            boolean in = CommunityResource.ProviderKind.valueOf((String) r[1]).inside();
            long n = ((Number) r[2]).longValue();
            rows.add(new ListDtos.ResourceCount((String) r[0], (String) r[1], in, n));
            byKind.merge((String) r[0], n, Long::sum);
            if (in) {
                inside += n;
            } else {
                outside += n;
            }
        }
        return new ListDtos.CountsDto(gridId, rows, byKind, inside, outside, c.needs(), c.projects(),
                c.projectsByMonth());
    }

    @GET
    @Path("community-resources:export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "exportCommunityResources", summary = "The resources list as CSV or XLSX, formula-safe")
    @APIResponse(responseCode = "200", description = "The list as a spreadsheet", content = @Content(mediaType = "text/csv"))
    public Response exportResources(@QueryParam("gridId") String gridId,
                                    @Parameter(schema = @Schema(enumeration = {"csv", "xlsx"}))
                                    @QueryParam("format") String format) {
        RequiredFields.check(Boolean.TRUE).present("gridId", gridId).orFail();
        TableSink.Format f = TableSink.format(format);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("kind", "name", "providerKind", "providerName", "inside", "capacity", "availability",
                "active"));
        all((after, limit) -> resources.list(gridId, after, limit), CommunityResource::id).forEach(r -> rows.add(
                List.of(r.kind().name(), r.name(), r.providerKind().name(), r.providerName(),
                        Boolean.toString(r.providerKind().inside()), r.capacity().map(String::valueOf).orElse(""),
                        r.availability().orElse(""), Boolean.toString(r.active()))));
        return TableSink.download(f, "resources", rows);
    }

    @GET
    @Path("needs:export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "exportNeeds", summary = "The needs list as CSV or XLSX, formula-safe")
    @APIResponse(responseCode = "200", description = "The list as a spreadsheet", content = @Content(mediaType = "text/csv"))
    public Response exportNeeds(@QueryParam("gridId") String gridId,
                                @Parameter(schema = @Schema(enumeration = {"csv", "xlsx"}))
                                @QueryParam("format") String format) {
        RequiredFields.check(Boolean.TRUE).present("gridId", gridId).orFail();
        TableSink.Format f = TableSink.format(format);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("title", "category", "source", "households", "route", "status", "progress", "caseId"));
        all((after, limit) -> needs.list(gridId, Optional.empty(), after, limit), Need::id).forEach(n -> rows.add(
                List.of(n.title(), n.category(), n.source().name(), Integer.toString(n.households()),
                        n.route().map(Enum::name).orElse(""), n.status().name(), needs.progress(n),
                        n.caseId().orElse(""))));
        return TableSink.download(f, "needs", rows);
    }

    @GET
    @Path("projects:export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "exportProjects", summary = "The projects list as CSV or XLSX, formula-safe")
    @APIResponse(responseCode = "200", description = "The list as a spreadsheet", content = @Content(mediaType = "text/csv"))
    public Response exportProjects(@QueryParam("gridId") String gridId,
                                   @Parameter(schema = @Schema(enumeration = {"csv", "xlsx"}))
                                   @QueryParam("format") String format) {
        RequiredFields.check(Boolean.TRUE).present("gridId", gridId).orFail();
        TableSink.Format f = TableSink.format(format);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("title", "state", "progress", "longTerm", "budgetFen", "needs", "startedOn", "doneOn"));
        all((after, limit) -> projects.list(gridId, Optional.empty(), after, limit), Project::id).forEach(p -> rows.add(
                List.of(p.title(), p.state().name(), Integer.toString(p.progress()), Boolean.toString(p.longTerm()),
                        Long.toString(p.budgetFen()), Integer.toString(projects.needsOf(p).size()),
                        p.startedOn().map(Object::toString).orElse(""), p.doneOn().map(Object::toString).orElse(""))));
        return TableSink.download(f, "projects", rows);
    }

    private interface PageSource<T> {
        org.jiceng.platform.shared.domain.Slice<T> page(String after, int limit);
    }

    /** Every item of a list, page by page (the lists are bounded by a community's size). */
    private static <T> List<T> all(PageSource<T> source, java.util.function.Function<T, String> key) {
        List<T> out = new ArrayList<>();
        String after = null;
        org.jiceng.platform.shared.domain.Slice<T> page;
        do {
            page = source.page(after, 500);
            out.addAll(page.items());
            if (!page.items().isEmpty()) {
                after = key.apply(page.items().get(page.items().size() - 1));
            }
        } while (page.hasMore() && out.size() < 100_000);
        return out;
    }

    private static ListDtos.EvaluationsDto evaluations(String projectId, double[] e) {
        return new ListDtos.EvaluationsDto(projectId, (long) e[0], (long) e[1], e[0] == 0 ? 0 : e[1] / e[0], e[2]);
    }

    static ListDtos.ResourceDto dto(CommunityResource r) {
        return new ListDtos.ResourceDto(r.id(), r.gridId(), r.kind().name(), r.name(), r.providerKind().name(),
                r.providerRef().orElse(null), r.providerName(), r.providerKind().inside(), r.capacity().orElse(null),
                r.availability().orElse(null), r.active(), r.version(), r.createdAt());
    }

    private ListDtos.BookingDto dto(Booking b) {
        return new ListDtos.BookingDto(b.id(), b.resourceId(), b.startsAt(), b.endsAt(), b.purpose(),
                b.bookedBy().equals(callers.actorKey()), b.state().name(), b.version());
    }

    private ListDtos.NeedDto dto(Need n) {
        return new ListDtos.NeedDto(n.id(), n.gridId(), n.title(), n.description(), n.category(), n.source().name(),
                n.households(), n.route().map(Enum::name).orElse(null), n.status().name(), needs.progress(n),
                n.declineReason().orElse(null), strings(n.resourcesJson()), n.caseId().orElse(null),
                needs.projectsOf(n), n.mergedInto().orElse(null), n.version(), n.createdAt());
    }

    private ListDtos.ProjectDto dto(Project p) {
        return new ListDtos.ProjectDto(p.id(), p.gridId(), p.title(), p.description(), projects.needsOf(p),
                p.decisionTopicId().orElse(null), projects.resourcesOf(p), p.budgetFen(), funding(p.fundingJson()),
                p.ownerKind(), p.ownerId(), p.longTerm(), p.state().name(), p.progress(), p.startedOn().orElse(null),
                p.doneOn().orElse(null), p.cancelReason().orElse(null), p.version(), p.createdAt());
    }

    static ListDtos.MilestoneDto dto(ProjectMilestone m) {
        return new ListDtos.MilestoneDto(m.id(), m.projectId(), m.reachedOn(), m.progress(), m.note());
    }

    private static List<String> strings(String json) {
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new StringReader(json))) {
            return r.readArray().getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
        }
    }

    private static List<ListDtos.FundingDto> funding(String json) {
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new StringReader(json))) {
            return r.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(o -> new ListDtos.FundingDto(o.getString("kind"), o.getString("name"),
                            o.getJsonNumber("amountFen").longValue())).toList();
        }
    }
}
