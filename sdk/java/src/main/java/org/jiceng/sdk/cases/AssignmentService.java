package org.jiceng.sdk.cases;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.Bodies;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

/**
 * 任职 ({@code /api/v1/assignments}), reached through {@code client.assignments()}: who acts on which grid subtree
 * and for which department. {@link #me()} tells the caller who they are.
 */
public final class AssignmentService {
    private static final String BASE = "/api/v1/assignments";
    private static final JavaType PAGE = Lists.of(Assignment.class);

    private final HttpTransport transport;

    public AssignmentService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Assigns a person as grid-worker, community-worker or street-officer to a grid node. */
    public Assignment assignToGrid(GridAssignmentParams params) {
        return assignToGrid(params, RequestOptions.none());
    }

    public Assignment assignToGrid(GridAssignmentParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Assignment.class);
    }

    /** Assigns a person as department-officer to a department. */
    public Assignment assignToDepartment(DepartmentAssignmentParams params) {
        return assignToDepartment(params, RequestOptions.none());
    }

    public Assignment assignToDepartment(DepartmentAssignmentParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, Bodies.of("subject", params.subject(),
                "role", "department-officer", "departmentId", params.departmentId())).creates(), options)
                .as(Assignment.class);
    }

    /** Assignments, of one person or all; auto-paged. */
    public Page<Assignment> list(AssignmentListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Assignment> list(AssignmentListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE).query("subject", params.subject().orElse(null)),
                PAGE, ListParams.builder().limit(params.limit().orElse(null)).build(), options);
    }

    public void delete(String id) {
        delete(id, RequestOptions.none());
    }

    public void delete(String id, RequestOptions options) {
        transport.execute(ApiRequest.delete(BASE + "/" + ApiRequest.segment(id)), options);
    }

    /** The caller: tenant, subject, roles, permissions and own assignments. */
    public Me me() {
        return me(RequestOptions.none());
    }

    public Me me(RequestOptions options) {
        return transport.execute(ApiRequest.get("/api/v1/me"), options).as(Me.class);
    }
}
