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
import org.jiceng.platform.deliberation.application.Implementation;
import org.jiceng.platform.deliberation.domain.TopicTask;

import java.time.LocalDate;
import java.time.ZoneId;

/** {@code /api/v1/tasks}: the tasks decisions create, their milestones, and the cases they open. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "Implementation tasks of decisions (办)")
public class TaskResource {
    @Inject
    Implementation implementation;
    @Inject
    Cursors cursors;
    @Inject
    CallerContext callers;

    @GET
    @Path("tasks/{id}")
    @Operation(operationId = "getTask", summary = "One task")
    @APIResponse(responseCode = "200", description = "The task; ETag is its version",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TaskDto.class)))
    public Response get(@PathParam("id") String id) {
        return ok(implementation.task(id));
    }

    @POST
    @Path("tasks/{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reachTaskMilestone", summary = "A dated milestone with the progress reached (100: done)")
    @APIResponse(responseCode = "200", description = "The task after the milestone",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TaskDto.class)))
    public Response reach(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          DeliberationDtos.MilestoneRequest r) {
        RequiredFields.check(r).present("reachedOn", r.reachedOn()).present("progress", r.progress())
                .present("note", r.note()).orFail();
        return ok(implementation.reach(id, ETags.expectedVersion(ifMatch), r.reachedOn(), r.progress(), r.note()));
    }

    @GET
    @Path("tasks/{id}/milestones")
    @Operation(operationId = "listTaskMilestones", summary = "The task's milestones, earliest first")
    public PageDto<DeliberationDtos.MilestoneDto> milestones(@PathParam("id") String id,
                                                             @QueryParam("limit") Integer limit,
                                                             @QueryParam("cursor") String cursor) {
        return cursors.pageInOrder(callers.get().tenantId(), "milestones|" + id, implementation.milestones(id),
                DeliberationAssembler::dto, cursor, PageRequest.of(limit));
    }

    @POST
    @Path("tasks/{id}:open-case")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openTaskCase", summary = "The task opens a case in the topic's venue",
            description = "The case is handled like any other, whistle included; the task keeps its id.")
    @APIResponse(responseCode = "200", description = "The task, with its case",
            content = @Content(schema = @Schema(implementation = DeliberationDtos.TaskDto.class)))
    public Response openCase(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             DeliberationDtos.OpenCaseRequest r) {
        RequiredFields.check(r).present("categoryCode", r.categoryCode()).orFail();
        return ok(implementation.openCase(id, ETags.expectedVersion(ifMatch), r.categoryCode(), r.description()));
    }

    private Response ok(TopicTask t) {
        LocalDate today = java.time.OffsetDateTime.now().atZoneSameInstant(ZoneId.of(callers.get().tenant().settings()
                .timeZone())).toLocalDate();
        return ETags.ok(DeliberationAssembler.dto(t, today), t.version());
    }
}
