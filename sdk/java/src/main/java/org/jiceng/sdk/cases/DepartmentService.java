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

/** Departments of the caller's tenant ({@code /api/v1/departments}), reached through {@code client.departments()}. */
public final class DepartmentService {
    private static final String BASE = "/api/v1/departments";
    private static final JavaType LIST = Json.mapper().getTypeFactory()
            .constructParametricType(ListResponse.class, Department.class);

    private final HttpTransport transport;

    public DepartmentService(HttpTransport transport) {
        this.transport = transport;
    }

    /**
     * Registers a unit; {@code kind} is FUNCTIONAL_DEPARTMENT (the default when null), PROPERTY_OWNER,
     * PROPERTY_COMPANY, UTILITY or OTHER_UNIT.
     */
    public Department create(String code, String name, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        if (kind != null) {
            body.put("kind", kind);
        }
        return transport.execute(ApiRequest.post(BASE, body).creates(), RequestOptions.none()).as(Department.class);
    }

    public Department retrieve(String id) {
        return transport.execute(ApiRequest.get(BASE + "/" + ApiRequest.segment(id)), RequestOptions.none())
                .as(Department.class);
    }

    /** All departments by code, fetched page by page as they are iterated. */
    public Page<Department> list() {
        return fetch(null);
    }

    private Page<Department> fetch(String cursor) {
        ListResponse<Department> page = transport.execute(ApiRequest.get(BASE).query("cursor", cursor),
                RequestOptions.none()).as(LIST);
        return new Page<>(page.data(), page.nextCursor(), this::fetch);
    }

    /** Renames the department; {@code null} leaves the name. */
    public Department update(Department current, String name, Boolean active) {
        Map<String, Object> patch = new LinkedHashMap<>();
        if (name != null) {
            patch.put("name", name);
        }
        if (active != null) {
            patch.put("active", active);
        }
        return transport.execute(ApiRequest.patch(BASE + "/" + ApiRequest.segment(current.id()), patch)
                .ifMatch(current.version()), RequestOptions.none()).as(Department.class);
    }
}
