package org.jiceng.sdk.cases;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.Bodies;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.ListResponse;
import org.jiceng.sdk.core.Lists;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Cases of the caller's tenant ({@code /api/v1/cases}), reached through {@code client.cases()}. Every step takes
 * the case as last read and sends its version as {@code If-Match}: a step on a case someone else has moved on fails
 * with {@link org.jiceng.sdk.errors.PreconditionFailedException}; a step the case cannot take now with
 * {@link org.jiceng.sdk.errors.ConflictException}, whose problem names the steps it can.
 */
public final class CaseService {
    private static final String BASE = "/api/v1/cases";
    private static final JavaType PAGE = Lists.of(CaseRecord.class);
    private static final JavaType TIMELINE = Lists.of(CaseEvent.class);
    private static final JavaType SUMMONSES = Lists.of(Summons.class);

    private final HttpTransport transport;

    public CaseService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Files a case; retried safely under one automatically generated {@code Idempotency-Key}. */
    public CaseRecord report(CaseCreateParams params) {
        return report(params, RequestOptions.none());
    }

    public CaseRecord report(CaseCreateParams params, RequestOptions options) {
        ApiRequest request = ApiRequest.post(BASE, params.toBody()).creates();
        params.endUser().ifPresent(resident -> request.header("Jiceng-End-User", resident));
        return transport.execute(request, options).as(CaseRecord.class);
    }

    public CaseRecord retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public CaseRecord retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(CaseRecord.class);
    }

    /** Cases, newest first, fetched page by page as they are iterated. */
    public Page<CaseRecord> list(CaseListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<CaseRecord> list(CaseListParams params, RequestOptions options) {
        return Lists.page(transport, () -> filtered(ApiRequest.get(BASE), params)
                        .query("reporterPhone", params.reporterPhone().orElse(null)), PAGE,
                ListParams.builder().limit(params.limit().orElse(null)).build(), options);
    }

    /** Governance rates per grid subtree, best score first: the three rates, times, rework, overdue, rank. */
    public CaseStats stats(CaseStatsParams params) {
        return stats(params, RequestOptions.none());
    }

    /** A node's counts and rates month by month: for each month, what {@link #stats} reports for it. */
    public CaseTrend trend(CaseTrendParams params) {
        return trend(params, RequestOptions.none());
    }

    public CaseTrend trend(CaseTrendParams params, RequestOptions options) {
        ApiRequest r = ApiRequest.get(BASE + ":trend").query("gridId", params.gridId().orElse(null))
                .query("categoryCode", params.categoryCode().orElse(null))
                .query("from", params.from().orElse(null)).query("to", params.to().orElse(null));
        return transport.execute(r, options).as(CaseTrend.class);
    }

    public CaseStats stats(CaseStatsParams params, RequestOptions options) {
        ApiRequest r = ApiRequest.get(BASE + ":stats").query("groupBy", params.groupBy().name())
                .query("gridId", params.gridId().orElse(null))
                .query("categoryCode", params.categoryCode().orElse(null))
                .query("from", params.from().orElse(null)).query("to", params.to().orElse(null));
        return transport.execute(r, options).as(CaseStats.class);
    }

    /**
     * 问题台账: the cases matching {@code params} as a spreadsheet, {@code format} {@code csv} (UTF-8 with a byte-order
     * mark, for Excel) or {@code xlsx}; names and phones masked unless the caller has {@code pii:read}.
     */
    public byte[] export(CaseListParams params, String format) {
        return export(params, format, RequestOptions.none());
    }

    public byte[] export(CaseListParams params, String format, RequestOptions options) {
        ApiRequest r = filtered(ApiRequest.get(BASE + ":export").query("format", format), params)
                .header("Accept", "text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, "
                        + "application/problem+json");
        return transport.execute(r, options).body();
    }

    /** Every step of the case, oldest first, auto-paged. */
    public Page<CaseEvent> timeline(String id, ListParams params) {
        return timeline(id, params, RequestOptions.none());
    }

    public Page<CaseEvent> timeline(String id, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(id) + "/timeline"), TIMELINE, params, options);
    }

    /** Registers the case (REPORTED → ACCEPTED); the resolution deadline starts. */
    public CaseRecord accept(CaseRecord current, String note) {
        return accept(current, note, RequestOptions.none());
    }

    public CaseRecord accept(CaseRecord current, String note, RequestOptions options) {
        return step(current, "accept", Bodies.of("note", note), options);
    }

    public CaseRecord reject(CaseRecord current, String reason) {
        return reject(current, reason, RequestOptions.none());
    }

    public CaseRecord reject(CaseRecord current, String reason, RequestOptions options) {
        return step(current, "reject", Bodies.of("reason", reason), options);
    }

    /** Merges the case into {@code masterId} (→ DUPLICATE). */
    public CaseRecord markDuplicate(CaseRecord current, String masterId) {
        return markDuplicate(current, masterId, RequestOptions.none());
    }

    public CaseRecord markDuplicate(CaseRecord current, String masterId, RequestOptions options) {
        return step(current, "mark-duplicate", Bodies.of("masterCaseId", masterId), options);
    }

    /** Sends the case to a grid node (a street, community or grid) to handle. */
    public CaseRecord dispatchToGrid(CaseRecord current, String gridId, String note) {
        return dispatch(current, HandlerKind.GRID, gridId, note, RequestOptions.none());
    }

    /** Sends the case to a department ("departments report"). */
    public CaseRecord dispatchToDepartment(CaseRecord current, String departmentId, String note) {
        return dispatch(current, HandlerKind.DEPARTMENT, departmentId, note, RequestOptions.none());
    }

    public CaseRecord dispatch(CaseRecord current, HandlerKind kind, String handlerId, String note,
                               RequestOptions options) {
        return step(current, "dispatch", Bodies.of("note", note, "handlerKind", kind.name(), "handlerId", handlerId),
                options);
    }

    /** The handling unit reports in (DISPATCHED → IN_PROGRESS). */
    public CaseRecord acknowledge(CaseRecord current, String note) {
        return acknowledge(current, note, RequestOptions.none());
    }

    public CaseRecord acknowledge(CaseRecord current, String note, RequestOptions options) {
        return step(current, "acknowledge", Bodies.of("note", note), options);
    }

    /** Moves the resolution deadline to {@code until}, with a reason. */
    public CaseRecord defer(CaseRecord current, OffsetDateTime until, String reason) {
        return defer(current, until, reason, RequestOptions.none());
    }

    public CaseRecord defer(CaseRecord current, OffsetDateTime until, String reason, RequestOptions options) {
        return step(current, "defer", Bodies.of("reason", reason, "until", until.toString()), options);
    }

    /**
     * 吹哨: escalates the case to its street and/or summons departments. Escalating dispatches the case to the street,
     * which must report in ({@link #acknowledge}) by a fresh acknowledgement deadline; summonses alone keep the
     * case's state.
     */
    public CaseRecord whistle(CaseRecord current, WhistleParams params) {
        return whistle(current, params, RequestOptions.none());
    }

    public CaseRecord whistle(CaseRecord current, WhistleParams params, RequestOptions options) {
        return step(current, "whistle", params.toBody(), options);
    }

    /** The departments the case's whistles summoned, auto-paged. */
    public Page<Summons> summonses(String caseId, ListParams params) {
        return summonses(caseId, params, RequestOptions.none());
    }

    public Page<Summons> summonses(String caseId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(caseId) + "/summonses"), SUMMONSES, params, options);
    }

    /** 报到: a summoned department reports in; returns all summonses of the case. */
    public List<Summons> acknowledgeSummons(String caseId, String summonsId, String note) {
        return acknowledgeSummons(caseId, summonsId, note, RequestOptions.none());
    }

    public List<Summons> acknowledgeSummons(String caseId, String summonsId, String note, RequestOptions options) {
        ListResponse<Summons> list = transport.execute(ApiRequest.post(path(caseId) + "/summonses/"
                + ApiRequest.segment(summonsId) + ":acknowledge", Bodies.of("note", note)), options).as(SUMMONSES);
        return list.data();
    }

    /** Feeds back the result (IN_PROGRESS → RESOLVED). */
    public CaseRecord resolve(CaseRecord current, String note) {
        return resolve(current, note, RequestOptions.none());
    }

    public CaseRecord resolve(CaseRecord current, String note, RequestOptions options) {
        return step(current, "resolve", Bodies.of("note", note), options);
    }

    /** Verification on site: passed closes the case, failed sends it back to work (counted as rework). */
    public CaseRecord verify(CaseRecord current, boolean passed, String note) {
        return verify(current, passed, note, RequestOptions.none());
    }

    public CaseRecord verify(CaseRecord current, boolean passed, String note, RequestOptions options) {
        return step(current, "verify", Bodies.of("note", note, "passed", passed), options);
    }

    /** The resident's one evaluation of a closed case: 1–5, satisfied from 4. */
    public CaseRecord evaluate(CaseRecord current, int score, String comment) {
        return evaluate(current, score, comment, RequestOptions.none());
    }

    public CaseRecord evaluate(CaseRecord current, int score, String comment, RequestOptions options) {
        return step(current, "evaluate", Bodies.of("comment", comment, "score", score), options);
    }

    /** Reopens a case evaluated as unsatisfied, within the tenant's window. */
    public CaseRecord reopen(CaseRecord current, String reason) {
        return reopen(current, reason, RequestOptions.none());
    }

    public CaseRecord reopen(CaseRecord current, String reason, RequestOptions options) {
        return step(current, "reopen", Bodies.of("reason", reason), options);
    }

    private CaseRecord step(CaseRecord current, String action, Map<String, Object> body, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":" + action, body)
                .ifMatch(current.version()), options).as(CaseRecord.class);
    }

    private static ApiRequest filtered(ApiRequest r, CaseListParams p) {
        return r.query("status", p.status().map(Enum::name).orElse(null))
                .query("categoryCode", p.categoryCode().orElse(null))
                .query("gridId", p.gridId().orElse(null))
                .query("departmentId", p.departmentId().orElse(null))
                .query("overdue", p.overdue() ? Boolean.TRUE : null)
                .query("dueWithinHours", p.dueWithinHours().orElse(null));
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
