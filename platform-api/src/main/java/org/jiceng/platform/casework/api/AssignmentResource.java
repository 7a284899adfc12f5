package org.jiceng.platform.casework.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiceng.platform.casework.application.Assignments;
import org.jiceng.platform.casework.domain.Assignment;
import org.jiceng.platform.shared.api.Cursors;
import org.jiceng.platform.shared.api.PageDto;
import org.jiceng.platform.shared.api.PageRequest;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.api.RequiredFields;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;

import java.util.List;
import java.util.Optional;

/** {@code /api/v1/assignments} and {@code /api/v1/me}: who acts where. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "Grid workers, officers and department officers on their grids and departments")
public class AssignmentResource {
    @Inject
    Assignments assignments;
    @Inject
    CallerContext callers;
    @Inject
    Cursors cursors;
    @Context
    UriInfo uri;

    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAssignment", summary = "Assign a subject to a grid node or a department",
            description = "grid-worker, community-worker and street-officer take a gridId (they reach its whole "
                    + "subtree); department-officer takes a departmentId. Only while the subject's token carries the "
                    + "role does the assignment count.")
    @APIResponse(responseCode = "201", description = "Assigned",
            content = @Content(schema = @Schema(ref = "Assignment")))
    @APIResponse(responseCode = "404", description = "Grid or department not found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Exists already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response assign(AssignmentDto r) {
        RequiredFields.check(r).present("subject", r.subject()).present("role", r.role()).orFail();
        Assignment a = assignments.assign(r.subject(), r.role(), r.gridId(), r.departmentId());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/assignments").path(a.id()).build())
                .entity(toDto(a)).build();
    }

    @GET
    @Path("assignments")
    @Operation(operationId = "listAssignments", summary = "Assignments, of one subject or all")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(ref = "AssignmentPage")))
    public PageDto<AssignmentDto> list(@QueryParam("subject") String subject, @QueryParam("limit") Integer limit,
                                       @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit);
        String tenant = callers.get().tenantId();
        String scope = "assignments|" + subject;
        String after = cursor == null ? null : cursors.decode(tenant, scope, cursor);
        Slice<Assignment> slice = assignments.list(Optional.ofNullable(subject), after, page.limit());
        List<AssignmentDto> data = slice.items().stream().map(AssignmentResource::toDto).toList();
        return new PageDto<>(data, slice.hasMore() ? cursors.encode(tenant, scope, data.get(data.size() - 1).id())
                : null);
    }

    @DELETE
    @Path("assignments/{id}")
    @Operation(operationId = "deleteAssignment", summary = "End an assignment")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "404", description = "No such assignment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("id") String id) {
        assignments.remove(id);
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @Operation(operationId = "getMe", summary = "The caller: tenant, subject, roles, permissions, assignments")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(ref = "Me")))
    public MeDto me() {
        Caller c = callers.get();
        return new MeDto(c.tenantId(), c.subject(), c.clientId(), c.roles().stream().sorted().toList(),
                c.permissions().stream().map(p -> p.name().toLowerCase(java.util.Locale.ROOT).replace('_', ':')).sorted().toList(),
                assignments.mine().stream().map(AssignmentResource::toDto).toList());
    }

    private static AssignmentDto toDto(Assignment a) {
        return new AssignmentDto(a.id(), a.subject(), a.role(), a.gridId().orElse(null),
                a.departmentId().orElse(null), a.createdAt());
    }

    /** OpenAPI shape of a page of assignments. */
    @Schema(name = "AssignmentPage")
    static final class AssignmentPageSchema {
        public List<AssignmentDto> data;
        @Schema(nullable = true)
        public String nextCursor;
    }
}
