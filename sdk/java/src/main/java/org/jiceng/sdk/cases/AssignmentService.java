package org.jiceng.sdk.cases;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.core.ListResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who acts where ({@code /api/v1/assignments}), reached through {@code client.assignments()}; managed by the
 * tenant's admins. Grid workers, community and street officers reach the cases of the grid subtrees they are
 * assigned to, department officers those of their departments.
 */
public final class AssignmentService {
    private static final String BASE = "/api/v1/assignments";
    private static final JavaType LIST = Json.mapper().getTypeFactory()
            .constructParametricType(ListResponse.class, Assignment.class);

    private final HttpTransport transport;

    public AssignmentService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Assigns {@code subject} as grid-worker, community-worker or street-officer to a grid node. */
    public Assignment assignToGrid(String subject, String role, String gridId) {
        return create(subject, role, "gridId", gridId);
    }

    /** Assigns {@code subject} as department-officer to a department. */
    public Assignment assignToDepartment(String subject, String departmentId) {
        return create(subject, "department-officer", "departmentId", departmentId);
    }

    private Assignment create(String subject, String role, String key, String value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", subject);
        body.put("role", role);
        body.put(key, value);
        return transport.execute(ApiRequest.post(BASE, body).creates(), RequestOptions.none()).as(Assignment.class);
    }

    /** Assignments of {@code subject}, or all when null. */
    public Page<Assignment> list(String subject) {
        return fetch(subject, null);
    }

    private Page<Assignment> fetch(String subject, String cursor) {
        ListResponse<Assignment> page = transport.execute(ApiRequest.get(BASE).query("subject", subject)
                .query("cursor", cursor), RequestOptions.none()).as(LIST);
        return new Page<>(page.data(), page.nextCursor(), next -> fetch(subject, next));
    }

    public void delete(String id) {
        transport.execute(ApiRequest.delete(BASE + "/" + ApiRequest.segment(id)), RequestOptions.none());
    }

    /** The caller: tenant, subject, roles, permissions and own assignments. */
    public Me me() {
        return transport.execute(ApiRequest.get("/api/v1/me"), RequestOptions.none()).as(Me.class);
    }
}
