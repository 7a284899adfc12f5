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
import org.jiceng.platform.deliberation.application.DeliberationStats;
import org.jiceng.platform.deliberation.application.Implementation;
import org.jiceng.platform.deliberation.application.MeetingUnits;
import org.jiceng.platform.deliberation.application.PublicTopics;
import org.jiceng.platform.deliberation.application.Topics;
import org.jiceng.platform.deliberation.application.Votes;
import org.jiceng.platform.deliberation.domain.DecisionKind;
import org.jiceng.platform.deliberation.domain.DeliberationStatistics;
import org.jiceng.platform.deliberation.domain.MeetingKind;
import org.jiceng.platform.deliberation.domain.ReviewVerdict;
import org.jiceng.platform.deliberation.domain.TaskOwnerKind;
import org.jiceng.platform.deliberation.domain.Topic;
import org.jiceng.platform.deliberation.domain.TopicOrigin;
import org.jiceng.platform.deliberation.domain.TopicStage;
import org.jiceng.platform.deliberation.domain.Vote;
import org.jiceng.platform.shared.security.Permission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/v1/topics}: 议题 from proposal to published result (提—议—决—办—评), with their meetings, online
 * consultation, votes, tasks, evaluations and public view. Steps name the topic's version in {@code If-Match};
 * seconding does not (residents second concurrently).
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "Deliberation topics: propose, deliberate, decide, implement, evaluate")
public class TopicResource {
    @Inject
    Topics topics;
    @Inject
    Votes votes;
    @Inject
    Implementation implementation;
    @Inject
    PublicTopics publicTopics;
    @Inject
    DeliberationStats stats;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;
    @Context
    UriInfo uri;

    @POST
    @Path("topics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeTopic", summary = "Propose a topic to a council",
            description = "Residents propose as RESIDENT or PARTY_MEMBER (through a vendor's app, naming the resident "
                    + "in Jiceng-End-User); staff name any origin, e.g. CASE with the case's id.")
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TopicDto.class)))
    public Response propose(DeliberationDtos.TopicRequest r) {
        RequiredFields.check(r).present("councilId", r.councilId()).present("title", r.title())
                .present("description", r.description()).orFail();
        Topic t = topics.propose(new Topics.NewTopic(r.councilId(), r.gridId(), r.title(), r.description(),
                r.origin() == null ? null : EnumValues.parse(TopicOrigin.class, "origin", r.origin()), r.originRef(),
                Boolean.TRUE.equals(r.major()), r.partyOrganizationId(), r.amendsTopicId()));
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/topics").path(t.id()).build(), dto(t), t.version());
    }

    @GET
    @Path("topics")
    @Operation(operationId = "listTopics", summary = "Topics, oldest first, optionally of one council and stage",
            description = "caseId lists the topics raised from a case: the case's side of the link.")
    public PageDto<DeliberationDtos.TopicDto> list(@QueryParam("councilId") String councilId,
                                                   @QueryParam("stage") String stage,
                                                   @QueryParam("caseId") String caseId,
                                                   @QueryParam("limit") Integer limit,
                                                   @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        Optional<TopicStage> wanted = Optional.ofNullable(stage).map(s -> EnumValues.parse(TopicStage.class, "stage",
                s));
        String tenant = callers.get().tenantId();
        String scope = "topics|" + (councilId == null ? "" : councilId) + "|" + wanted.map(Enum::name).orElse("") + "|"
                + (caseId == null ? "" : caseId);
        return cursors.page(tenant, scope, topics.list(Optional.ofNullable(councilId), wanted, Optional.ofNullable(caseId),
                cursors.after(tenant, scope, cursor), page.limit()), this::dto, DeliberationDtos.TopicDto::id);
    }

    @GET
    @Path("topics/{id}")
    @Operation(operationId = "getTopic", summary = "One topic")
    @APIResponse(responseCode = "200", description = "The topic; ETag is its version",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TopicDto.class)))
    public Response get(@PathParam("id") String id) {
        return ok(topics.get(id));
    }

    @GET
    @Path("topics/{id}/public")
    @Operation(operationId = "getPublicTopic", summary = "What residents may read of a topic (三务公开)",
            description = "Stage, meetings held, the vote's counts and rule, the decision, progress and evaluation; "
                    + "never personal data.")
    @APIResponse(responseCode = "200", description = "The public view",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.PublicTopicDto.class)))
    public DeliberationDtos.PublicTopicDto publicView(@PathParam("id") String id) {
        return DeliberationAssembler.dto(publicTopics.of(id));
    }

    @POST
    @Path("topics/{id}:second")
    @Operation(operationId = "secondTopic", summary = "A resident seconds the proposal (附议), once")
    @APIResponse(responseCode = "200", description = "Seconded",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TopicDto.class)))
    public Response second(@PathParam("id") String id) {
        return ok(topics.second(id));
    }

    @POST
    @Path("topics/{id}:accept")
    @Operation(operationId = "acceptTopic", summary = "Put the proposal on the council's agenda")
    @APIResponse(responseCode = "200", description = "On the agenda",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TopicDto.class)))
    public Response accept(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(topics.accept(id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("topics/{id}:decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declineTopic", summary = "Decline the proposal, with reasons")
    @APIResponse(responseCode = "200", description = "Declined",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TopicDto.class)))
    public Response decline(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            DeliberationDtos.ReasonRequest r) {
        RequiredFields.check(r).present("reason", r.reason()).orFail();
        return ok(topics.decline(id, ETags.expectedVersion(ifMatch), r.reason()));
    }

    @POST
    @Path("topics/{id}:withdraw")
    @Operation(operationId = "withdrawTopic", summary = "The proposer or staff withdraw the topic before a vote")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TopicDto.class)))
    public Response withdraw(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(topics.withdraw(id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("topics/{id}:review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewTopic", summary = "The Party organisation records its review (审查把关)")
    @APIResponse(responseCode = "200", description = "Reviewed",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TopicDto.class)))
    public Response review(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           DeliberationDtos.ReviewRequest r) {
        RequiredFields.check(r).present("verdict", r.verdict()).present("opinion", r.opinion())
                .present("reviewer", r.reviewer()).present("reviewedOn", r.reviewedOn()).orFail();
        return ok(topics.review(id, ETags.expectedVersion(ifMatch), EnumValues.parse(ReviewVerdict.class, "verdict",
                r.verdict()), r.opinion(), r.reviewer(), r.reviewedOn()));
    }

    @POST
    @Path("topics/{id}:decide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideTopic", summary = "Record the consultation's outcome as the decision",
            description = "For a topic that is not a major matter; major matters are decided by a vote.")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TopicDto.class)))
    public Response decide(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           DeliberationDtos.DecideRequest r) {
        RequiredFields.check(r).present("text", r.text()).orFail();
        return ok(topics.decide(id, ETags.expectedVersion(ifMatch), r.kind() == null ? null
                : EnumValues.parse(DecisionKind.class, "kind", r.kind()), r.text(), r.fundedBy()));
    }

    @POST
    @Path("topics/{id}:fund")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fundTopic", summary = "Record who funds carrying out the decision")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TopicDto.class)))
    public Response fund(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         DeliberationDtos.FundRequest r) {
        RequiredFields.check(r).present("fundedBy", r.fundedBy()).orFail();
        return ok(topics.fund(id, ETags.expectedVersion(ifMatch), r.fundedBy()));
    }

    @POST
    @Path("topics/{id}:deliberate")
    @Operation(operationId = "deliberateTopicAgain", summary = "Take a failed topic back to deliberation")
    @APIResponse(responseCode = "200", description = "Deliberating",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TopicDto.class)))
    public Response deliberate(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(topics.deliberateAgain(id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("topics/{id}:close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeTopic", summary = "Close the topic with its published result")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TopicDto.class)))
    public Response close(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          DeliberationDtos.CloseRequest r) {
        RequiredFields.check(r).present("result", r.result()).orFail();
        return ok(topics.close(id, ETags.expectedVersion(ifMatch), r.result()));
    }

    @POST
    @Path("topics/{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordTopicMeeting", summary = "Record a meeting held on the topic")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.MeetingDto.class)))
    public Response recordMeeting(@PathParam("id") String id, DeliberationDtos.MeetingRequest r) {
        RequiredFields.check(r).present("kind", r.kind()).present("heldAt", r.heldAt()).orFail();
        List<MeetingUnits.Unit> units = r.units() == null ? List.of() : r.units().stream().map(u -> new MeetingUnits.Unit(
                u == null || u.kind() == null ? null : EnumValues.parse(TaskOwnerKind.class, "units", u.kind()),
                u == null ? null : u.id())).toList();
        var m = topics.recordMeeting(id, new Topics.NewMeeting(EnumValues.parse(MeetingKind.class, "kind", r.kind()),
                r.heldAt(), r.gridId(), units, r.attendance(), r.minutes(), r.options()));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/topics").path(id).path("meetings").path(m.id())
                .build()).entity(DeliberationAssembler.dto(m)).build();
    }

    @GET
    @Path("topics/{id}/meetings")
    @Operation(operationId = "listTopicMeetings", summary = "The topic's meetings, earliest first")
    public PageDto<DeliberationDtos.MeetingDto> meetings(@PathParam("id") String id,
                                                         @QueryParam("limit") Integer limit,
                                                         @QueryParam("cursor") String cursor) {
        return cursors.pageInOrder(callers.get().tenantId(), "topic-meetings|" + id, topics.meetings(id),
                DeliberationAssembler::dto, cursor, PageRequest.of(limit));
    }

    @POST
    @Path("topics/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "commentOnTopic", summary = "A resident comments in the online consultation",
            description = "Published once staff have moderated it; the public view never names its author.")
    @APIResponse(responseCode = "201", description = "Awaiting moderation",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.CommentDto.class)))
    public Response comment(@PathParam("id") String id, DeliberationDtos.CommentRequest r) {
        RequiredFields.check(r).present("body", r.body()).orFail();
        var c = topics.comment(id, r.body());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/topics").path(id).path("comments").path(c.id())
                .build(), DeliberationAssembler.dto(c, callers.actorKey()), c.version());
    }

    @GET
    @Path("topics/{id}/comments")
    @Operation(operationId = "listTopicComments", summary = "The consultation's comments",
            description = "Staff see every comment; residents the published ones and their own.")
    public PageDto<DeliberationDtos.CommentDto> comments(@PathParam("id") String id,
                                                         @QueryParam("limit") Integer limit,
                                                         @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "topic-comments|" + id;
        String me = callers.actorKey();
        return cursors.page(tenant, scope, topics.comments(id, cursors.after(tenant, scope, cursor), page.limit()),
                c -> DeliberationAssembler.dto(c, me), DeliberationDtos.CommentDto::id);
    }

    @POST
    @Path("topics/{id}/comments/{commentId}:moderate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moderateTopicComment", summary = "Publish or reject a comment")
    @APIResponse(responseCode = "200", description = "Moderated",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.CommentDto.class)))
    public Response moderate(@PathParam("id") String id, @PathParam("commentId") String commentId,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DeliberationDtos.ModerateRequest r) {
        RequiredFields.check(r).present("publish", r.publish()).orFail();
        var c = topics.moderate(id, commentId, ETags.expectedVersion(ifMatch), r.publish());
        return ETags.ok(DeliberationAssembler.dto(c, callers.actorKey()), c.version());
    }

    @POST
    @Path("topics/{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftVote", summary = "Draft a vote on the topic",
            description = "The rule, electorate, quorum and secrecy may change while it is a draft, never after it "
                    + "opens.")
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.VoteDto.class)))
    public Response draftVote(@PathParam("id") String id, DeliberationDtos.VoteRequest r) {
        RequiredFields.check(r).present("motion", r.motion()).present("rule", r.rule()).orFail();
        Vote v = votes.draft(id, VoteResource.terms(r));
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/votes").path(v.id()).build(),
                DeliberationAssembler.dto(v, null), v.version());
    }

    @GET
    @Path("topics/{id}/votes")
    @Operation(operationId = "listTopicVotes", summary = "The topic's votes, oldest first")
    public PageDto<DeliberationDtos.VoteDto> topicVotes(@PathParam("id") String id,
                                                        @QueryParam("limit") Integer limit,
                                                        @QueryParam("cursor") String cursor) {
        return cursors.pageOf(callers.get().tenantId(), "topic-votes|" + id, votes.ofTopic(id), Vote::id,
                v -> DeliberationAssembler.dto(v, null), cursor, PageRequest.of(limit));
    }

    @POST
    @Path("topics/{id}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addTopicTask", summary = "A task of the decision, owned by one unit")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TaskDto.class)))
    public Response addTask(@PathParam("id") String id, DeliberationDtos.TaskRequest r) {
        RequiredFields.check(r).present("title", r.title()).present("ownerKind", r.ownerKind())
                .present("ownerId", r.ownerId()).present("dueOn", r.dueOn()).orFail();
        var t = implementation.addTask(id, new Implementation.NewTask(r.title(), EnumValues.parse(TaskOwnerKind.class,
                "ownerKind", r.ownerKind()), r.ownerId(), r.dueOn(), r.links() == null ? null : r.links().stream()
                .map(l -> l == null ? null : new Implementation.Link(l.kind(), l.id())).toList()));
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/tasks").path(t.id()).build(),
                DeliberationAssembler.dto(t, today()), t.version());
    }

    @GET
    @Path("topics/{id}/tasks")
    @Operation(operationId = "listTopicTasks", summary = "The topic's tasks, with progress and whether overdue")
    public PageDto<DeliberationDtos.TaskDto> tasks(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                                   @QueryParam("cursor") String cursor) {
        LocalDate today = today();
        return cursors.pageOf(callers.get().tenantId(), "topic-tasks|" + id, implementation.tasks(id), t -> t.id(),
                t -> DeliberationAssembler.dto(t, today), cursor, PageRequest.of(limit));
    }

    @POST
    @Path("topics/{id}/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluateTopic", summary = "A resident of the venue evaluates the result, 1–5, once",
            description = "Staff entering a paper evaluation collected door to door name the householdId.")
    @APIResponse(responseCode = "200", description = "The evaluations so far",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.EvaluationsDto.class)))
    public DeliberationDtos.EvaluationsDto evaluate(@PathParam("id") String id,
                                                    DeliberationDtos.EvaluationRequest r) {
        RequiredFields.check(r).present("score", r.score()).orFail();
        return DeliberationAssembler.dto(id, implementation.evaluate(id, r.score(), r.comment(), r.householdId()));
    }

    @GET
    @Path("topics/{id}/evaluations")
    @Operation(operationId = "getTopicEvaluations", summary = "How residents evaluated the result")
    public DeliberationDtos.EvaluationsDto evaluations(@PathParam("id") String id) {
        return DeliberationAssembler.dto(id, implementation.evaluations(id));
    }

    @GET
    @Path("topics:stats")
    @Operation(operationId = "getDeliberationStats", summary = "Deliberation figures of a subtree over a period")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.StatsDto.class)))
    public DeliberationDtos.StatsDto stats(@QueryParam("gridId") String gridId, @QueryParam("from") String from,
                                           @QueryParam("to") String to) {
        LocalDate f = VoteResource.date("from", from);
        LocalDate t = VoteResource.date("to", to);
        DeliberationStatistics.Figures figures = stats.of(gridId, f, t);
        return DeliberationAssembler.dto(gridId, f, t, figures);
    }

    private LocalDate today() {
        var c = callers.get();
        return java.time.OffsetDateTime.now().atZoneSameInstant(ZoneId.of(c.tenant().settings().timeZone()))
                .toLocalDate();
    }

    private DeliberationDtos.TopicDto dto(Topic t) {
        var c = callers.get();
        return DeliberationAssembler.dto(t, c.can(Permission.DELIBERATION_READ)
                || t.proposerKey().equals(callers.actorKey()));
    }

    private Response ok(Topic t) {
        return ETags.ok(dto(t), t.version());
    }

}
