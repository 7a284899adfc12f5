package org.jiceng.sdk.lists;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.Bodies;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.util.Map;

/**
 * 项目清单 ({@code /api/v1/projects}), reached through {@code client.projects()}: projects planned from needs (and
 * optionally a deliberation decision), with resources, budget and funding, started, carried to 100 through
 * milestones, cancelled with a reason, and evaluated by residents once done.
 */
public final class ProjectService {
    private static final String BASE = "/api/v1/projects";
    private static final JavaType PAGE = Lists.of(Project.class);
    private static final JavaType MILESTONES = Lists.of(ProjectMilestone.class);

    private final HttpTransport transport;

    public ProjectService(HttpTransport transport) {
        this.transport = transport;
    }

    public Project plan(ProjectPlanParams params) {
        return plan(params, RequestOptions.none());
    }

    public Project plan(ProjectPlanParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Project.class);
    }

    public Project retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Project retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(Project.class);
    }

    /** The projects of a grid subtree, auto-paged. */
    public Page<Project> list(ProjectListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Project> list(ProjectListParams params, RequestOptions options) {
        ListParams paging = ListParams.builder().limit(params.limit().orElse(null)).build();
        return Lists.page(transport, () -> ApiRequest.get(BASE).query("gridId", params.gridId()).query("state",
                params.state().map(Enum::name).orElse(null)), PAGE, paging, options);
    }

    public Project start(Project current) {
        return start(current, RequestOptions.none());
    }

    public Project start(Project current, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":start", Map.of()).ifMatch(current.version()),
                options).as(Project.class);
    }

    public Project reachMilestone(Project current, ProjectMilestoneParams params) {
        return reachMilestone(current, params, RequestOptions.none());
    }

    public Project reachMilestone(Project current, ProjectMilestoneParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + "/milestones", params)
                .ifMatch(current.version()), options).as(Project.class);
    }

    public Page<ProjectMilestone> listMilestones(String projectId, ListParams params) {
        return listMilestones(projectId, params, RequestOptions.none());
    }

    public Page<ProjectMilestone> listMilestones(String projectId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(projectId) + "/milestones"), MILESTONES, params,
                options);
    }

    public Project cancel(Project current, String reason) {
        return cancel(current, reason, RequestOptions.none());
    }

    public Project cancel(Project current, String reason, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":cancel", Bodies.of("reason", reason))
                .ifMatch(current.version()), options).as(Project.class);
    }

    /** A resident (once), or staff entering a paper evaluation, evaluates a finished project. */
    public ProjectEvaluations evaluate(String projectId, ProjectEvaluationParams params) {
        return evaluate(projectId, params, RequestOptions.none());
    }

    public ProjectEvaluations evaluate(String projectId, ProjectEvaluationParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(projectId) + "/evaluations", params), options)
                .as(ProjectEvaluations.class);
    }

    public ProjectEvaluations retrieveEvaluations(String projectId) {
        return retrieveEvaluations(projectId, RequestOptions.none());
    }

    public ProjectEvaluations retrieveEvaluations(String projectId, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(projectId) + "/evaluations"), options)
                .as(ProjectEvaluations.class);
    }

    /** The projects list of a subtree as a spreadsheet: {@code csv} (UTF-8 with BOM) or {@code xlsx}. */
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
