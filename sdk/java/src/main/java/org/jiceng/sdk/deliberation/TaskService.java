package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

/**
 * Implementation tasks ({@code /api/v1/tasks}), reached through {@code client.tasks()}: milestones with progress,
 * and the case a task opens. When a topic's last task reaches 100, its evaluation window opens.
 */
public final class TaskService {
    private static final String BASE = "/api/v1/tasks";
    private static final JavaType MILESTONES = Lists.of(TaskMilestone.class);

    private final HttpTransport transport;

    public TaskService(HttpTransport transport) {
        this.transport = transport;
    }

    public Task retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Task retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(Task.class);
    }

    public Task reachMilestone(Task current, MilestoneParams params) {
        return reachMilestone(current, params, RequestOptions.none());
    }

    public Task reachMilestone(Task current, MilestoneParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + "/milestones", params)
                .ifMatch(current.version()), options).as(Task.class);
    }

    public Page<TaskMilestone> listMilestones(String taskId, ListParams params) {
        return listMilestones(taskId, params, RequestOptions.none());
    }

    public Page<TaskMilestone> listMilestones(String taskId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(taskId) + "/milestones"), MILESTONES, params,
                options);
    }

    /** Files a case for the task in the topic's venue; the street handles it like any other. */
    public Task openCase(Task current, TaskCaseParams params) {
        return openCase(current, params, RequestOptions.none());
    }

    public Task openCase(Task current, TaskCaseParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":open-case", params)
                .ifMatch(current.version()), options).as(Task.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
