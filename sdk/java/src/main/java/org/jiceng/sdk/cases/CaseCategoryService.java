package org.jiceng.sdk.cases;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.core.ListResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's case catalogue ({@code /api/v1/case-categories}), reached through {@code client.caseCategories()}.
 * A tenant starts with the default categories.
 */
public final class CaseCategoryService {
    private static final String BASE = "/api/v1/case-categories";
    private static final JavaType LIST = Json.mapper().getTypeFactory()
            .constructParametricType(ListResponse.class, CaseCategory.class);

    private final HttpTransport transport;

    public CaseCategoryService(HttpTransport transport) {
        this.transport = transport;
    }

    public List<CaseCategory> list() {
        ListResponse<CaseCategory> all = transport.execute(ApiRequest.get(BASE), RequestOptions.none()).as(LIST);
        return all.data();
    }

    public CaseCategory create(String code, String name, CaseCategory.Deadlines normal, CaseCategory.Deadlines urgent,
                               CaseCategory.Deadlines emergency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("normal", normal);
        body.put("urgent", urgent);
        body.put("emergency", emergency);
        return transport.execute(ApiRequest.post(BASE, body).creates(), RequestOptions.none()).as(CaseCategory.class);
    }

    /** Changes deadlines of one priority (others stay), or retires / revives the category; null leaves a field. */
    public CaseCategory update(CaseCategory current, String name, CaseCategory.Deadlines normal,
                               CaseCategory.Deadlines urgent, CaseCategory.Deadlines emergency, Boolean active) {
        Map<String, Object> patch = new LinkedHashMap<>();
        if (name != null) {
            patch.put("name", name);
        }
        if (normal != null) {
            patch.put("normal", normal);
        }
        if (urgent != null) {
            patch.put("urgent", urgent);
        }
        if (emergency != null) {
            patch.put("emergency", emergency);
        }
        if (active != null) {
            patch.put("active", active);
        }
        return transport.execute(ApiRequest.patch(BASE + "/" + ApiRequest.segment(current.code()), patch)
                .ifMatch(current.version()), RequestOptions.none()).as(CaseCategory.class);
    }
}
