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
 * 职能部门 ({@code /api/v1/departments}), reached through {@code client.departments()}: the departments and other
 * units (property owners and companies, utilities) that cases are dispatched to and whistles summon.
 */
public final class DepartmentService {
    private static final String BASE = "/api/v1/departments";
    private static final JavaType PAGE = Lists.of(Department.class);

    private final HttpTransport transport;

    public DepartmentService(HttpTransport transport) {
        this.transport = transport;
    }

    public Department create(DepartmentCreateParams params) {
        return create(params, RequestOptions.none());
    }

    public Department create(DepartmentCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Department.class);
    }

    public Department retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Department retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(Department.class);
    }

    /** All departments by code, auto-paged. */
    public Page<Department> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Department> list(ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE), PAGE, params, options);
    }

    /** Renames or (de)activates the department as last read. */
    public Department update(Department current, DepartmentUpdateParams params) {
        return update(current, params, RequestOptions.none());
    }

    public Department update(Department current, DepartmentUpdateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.patch(path(current.id()), Bodies.of("name", params.name().orElse(null),
                "active", params.active().orElse(null))).ifMatch(current.version()), options).as(Department.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
