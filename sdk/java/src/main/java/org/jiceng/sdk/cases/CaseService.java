package org.jiceng.sdk.cases;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.core.ListResponse;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
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
    private static final JavaType LIST = Json.mapper().getTypeFactory()
            .constructParametricType(ListResponse.class, CaseRecord.class);
    private static final JavaType TIMELINE = Json.mapper().getTypeFactory()
            .constructParametricType(ListResponse.class, CaseEvent.class);

    private static final JavaType SUMMONSES = Json.mapper().getTypeFactory()
            .constructParametricType(ListResponse.class, Summons.class);

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
        return transport.execute(ApiRequest.get(path(id)), RequestOptions.none()).as(CaseRecord.class);
    }

    /** Cases, newest first, fetched page by page as they are iterated. */
    public Page<CaseRecord> list(CaseListParams params) {
        return fetch(params, null);
    }

    private Page<CaseRecord> fetch(CaseListParams p, String cursor) {
        ApiRequest r = ApiRequest.get(BASE)
                .query("status", p.status().map(Enum::name).orElse(null))
                .query("categoryCode", p.categoryCode().orElse(null))
                .query("gridId", p.gridId().orElse(null))
                .query("departmentId", p.departmentId().orElse(null))
                .query("overdue", p.overdue() ? Boolean.TRUE : null)
                .query("dueWithinHours", p.dueWithinHours().orElse(null))
                .query("reporterPhone", p.reporterPhone().orElse(null))
                .query("limit", p.limit().orElse(null))
                .query("cursor", cursor);
        ListResponse<CaseRecord> page = transport.execute(r, RequestOptions.none()).as(LIST);
        return new Page<>(page.data(), page.nextCursor(), next -> fetch(p, next));
    }

    /**
     * Governance rates per grid subtree: one group per node of {@code groupBy} (e.g. {@code STREET}) inside
     * {@code gridId} (null: the whole tenant), over [from, to) in the tenant's time zone (nulls: this month),
     * optionally for one category; best score first.
     */
    public CaseStats stats(String groupBy, String gridId, String categoryCode, java.time.LocalDate from,
                           java.time.LocalDate to) {
        ApiRequest r = ApiRequest.get(BASE + ":stats").query("groupBy", groupBy).query("gridId", gridId)
                .query("categoryCode", categoryCode).query("from", from).query("to", to);
        return transport.execute(r, RequestOptions.none()).as(CaseStats.class);
    }

    /**
     * 问题台账: the cases matching {@code params} as a spreadsheet, {@code format} {@code csv} (UTF-8 with a byte-order
     * mark, for Excel) or {@code xlsx}; names and phones masked unless the caller has {@code pii:read}.
     */
    public byte[] export(CaseListParams p, String format) {
        ApiRequest r = ApiRequest.get(BASE + ":export")
                .query("format", format)
                .query("status", p.status().map(Enum::name).orElse(null))
                .query("categoryCode", p.categoryCode().orElse(null))
                .query("gridId", p.gridId().orElse(null))
                .query("departmentId", p.departmentId().orElse(null))
                .query("overdue", p.overdue() ? Boolean.TRUE : null)
                .query("dueWithinHours", p.dueWithinHours().orElse(null))
                .header("Accept", "text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, "
                        + "application/problem+json");
        return transport.execute(r, RequestOptions.none()).body();
    }

    /** Every step of the case, oldest first. */
    public List<CaseEvent> timeline(String id) {
        ListResponse<CaseEvent> events = transport.execute(ApiRequest.get(path(id) + "/timeline"),
                RequestOptions.none()).as(TIMELINE);
        return events.data();
    }

    /** Registers the case (REPORTED → ACCEPTED); the resolution deadline starts. */
    public CaseRecord accept(CaseRecord current, String note) {
        return step(current, "accept", body("note", note));
    }

    public CaseRecord reject(CaseRecord current, String reason) {
        return step(current, "reject", body("reason", reason));
    }

    /** Merges the case into {@code masterId} (→ DUPLICATE). */
    public CaseRecord markDuplicate(CaseRecord current, String masterId) {
        return step(current, "mark-duplicate", body("masterCaseId", masterId));
    }

    /** Sends the case to a grid node (a street, community or grid) to handle. */
    public CaseRecord dispatchToGrid(CaseRecord current, String gridId, String note) {
        return dispatch(current, "GRID", gridId, note);
    }

    /** Sends the case to a department ("departments report"). */
    public CaseRecord dispatchToDepartment(CaseRecord current, String departmentId, String note) {
        return dispatch(current, "DEPARTMENT", departmentId, note);
    }

    private CaseRecord dispatch(CaseRecord current, String kind, String handlerId, String note) {
        Map<String, Object> b = body("note", note);
        b.put("handlerKind", kind);
        b.put("handlerId", handlerId);
        return step(current, "dispatch", b);
    }

    /** The handling unit reports in (DISPATCHED → IN_PROGRESS). */
    public CaseRecord acknowledge(CaseRecord current, String note) {
        return step(current, "acknowledge", body("note", note));
    }

    /** Moves the resolution deadline to {@code until}, with a reason. */
    public CaseRecord defer(CaseRecord current, OffsetDateTime until, String reason) {
        Map<String, Object> b = body("reason", reason);
        b.put("until", until.toString());
        return step(current, "defer", b);
    }

    /** 吹哨: escalates the case to its street and/or summons departments; the case keeps its state. */
    public CaseRecord whistle(CaseRecord current, WhistleParams params) {
        return step(current, "whistle", params.toBody());
    }

    /** The departments the case's whistles summoned. */
    public List<Summons> summonses(String caseId) {
        ListResponse<Summons> list = transport.execute(ApiRequest.get(path(caseId) + "/summonses"),
                RequestOptions.none()).as(SUMMONSES);
        return list.data();
    }

    /** 报到: a summoned department reports in; returns all summonses of the case. */
    public List<Summons> acknowledgeSummons(String caseId, String summonsId, String note) {
        ListResponse<Summons> list = transport.execute(ApiRequest.post(path(caseId) + "/summonses/"
                + ApiRequest.segment(summonsId) + ":acknowledge", body("note", note)), RequestOptions.none())
                .as(SUMMONSES);
        return list.data();
    }

    /** Feeds back the result (IN_PROGRESS → RESOLVED). */
    public CaseRecord resolve(CaseRecord current, String note) {
        return step(current, "resolve", body("note", note));
    }

    /** Verification on site: passed closes the case, failed sends it back to work (counted as rework). */
    public CaseRecord verify(CaseRecord current, boolean passed, String note) {
        Map<String, Object> b = body("note", note);
        b.put("passed", passed);
        return step(current, "verify", b);
    }

    /** The resident's one evaluation of a closed case: 1–5, satisfied from 4. */
    public CaseRecord evaluate(CaseRecord current, int score, String comment) {
        Map<String, Object> b = body("comment", comment);
        b.put("score", score);
        return step(current, "evaluate", b);
    }

    /** Reopens a case evaluated as unsatisfied, within the tenant's window. */
    public CaseRecord reopen(CaseRecord current, String reason) {
        return step(current, "reopen", body("reason", reason));
    }

    private CaseRecord step(CaseRecord current, String action, Map<String, Object> body) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":" + action, body)
                .ifMatch(current.version()), RequestOptions.none()).as(CaseRecord.class);
    }

    private static Map<String, Object> body(String key, Object value) {
        Map<String, Object> b = new LinkedHashMap<>();
        if (value != null) {
            b.put(key, value);
        }
        return b;
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
