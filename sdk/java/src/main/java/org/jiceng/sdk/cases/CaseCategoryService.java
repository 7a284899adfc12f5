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
 * 事项分类 ({@code /api/v1/case-categories}), reached through {@code client.caseCategories()}: the case catalogue
 * with its deadlines per priority. A tenant starts with the default catalogue and adapts it.
 */
public final class CaseCategoryService {
    private static final String BASE = "/api/v1/case-categories";
    private static final JavaType PAGE = Lists.of(CaseCategory.class);

    private final HttpTransport transport;

    public CaseCategoryService(HttpTransport transport) {
        this.transport = transport;
    }

    /** The catalogue by code, auto-paged. */
    public Page<CaseCategory> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<CaseCategory> list(ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE), PAGE, params, options);
    }

    public CaseCategory create(CaseCategoryCreateParams params) {
        return create(params, RequestOptions.none());
    }

    public CaseCategory create(CaseCategoryCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(CaseCategory.class);
    }

    /** Changes the category as last read: deadlines of one priority (others stay), its name, or retires it. */
    public CaseCategory update(CaseCategory current, CaseCategoryUpdateParams params) {
        return update(current, params, RequestOptions.none());
    }

    public CaseCategory update(CaseCategory current, CaseCategoryUpdateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.patch(BASE + "/" + ApiRequest.segment(current.code()), Bodies.of(
                "name", params.name().orElse(null), "normal", params.normal().orElse(null),
                "urgent", params.urgent().orElse(null), "emergency", params.emergency().orElse(null),
                "active", params.active().orElse(null))).ifMatch(current.version()), options).as(CaseCategory.class);
    }
}
