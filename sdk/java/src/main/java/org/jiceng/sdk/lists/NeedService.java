package org.jiceng.sdk.lists;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.Bodies;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;


/**
 * 需求清单 ({@code /api/v1/needs}), reached through {@code client.needs()}: needs gathered from every channel, merged
 * when they repeat, and triaged — solved by the community, escalated to the street as a case with the whistle, or
 * declined. A need reports what it became.
 */
public final class NeedService {
    private static final String BASE = "/api/v1/needs";
    private static final JavaType PAGE = Lists.of(Need.class);

    private final HttpTransport transport;

    public NeedService(HttpTransport transport) {
        this.transport = transport;
    }

    public Need gather(NeedParams params) {
        return gather(params, RequestOptions.none());
    }

    public Need gather(NeedParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Need.class);
    }

    public Need retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Need retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(Need.class);
    }

    /** The needs of a grid subtree, auto-paged. */
    public Page<Need> list(NeedListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Need> list(NeedListParams params, RequestOptions options) {
        ListParams paging = ListParams.builder().limit(params.limit().orElse(null)).build();
        return Lists.page(transport, () -> ApiRequest.get(BASE).query("gridId", params.gridId()).query("status",
                params.status().map(Enum::name).orElse(null)), PAGE, paging, options);
    }

    /** Merges a duplicate into the need it repeats; the households add up. */
    public Need merge(Need current, String intoId) {
        return merge(current, intoId, RequestOptions.none());
    }

    public Need merge(Need current, String intoId, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":merge", Bodies.of("intoId", intoId))
                .ifMatch(current.version()), options).as(Need.class);
    }

    public Need triage(Need current, TriageParams params) {
        return triage(current, params, RequestOptions.none());
    }

    public Need triage(Need current, TriageParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":triage", params).ifMatch(current.version()),
                options).as(Need.class);
    }

    /** The needs list of a subtree as a spreadsheet: {@code csv} (UTF-8 with BOM) or {@code xlsx}. */
    public byte[] export(String gridId, String format) {
        return export(gridId, format, RequestOptions.none());
    }

    public byte[] export(String gridId, String format, RequestOptions options) {
        return transport.execute(ApiRequest.get(BASE + ":export").query("gridId", gridId).query("format", format)
                .header("Accept", "text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, "
                        + "application/problem+json"), options).body();
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }

}
