package org.jiceng.sdk.deliberation;

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
 * 议题 ({@code /api/v1/topics}), reached through {@code client.topics()}: propose, second, put on the agenda,
 * review, deliberate in meetings and online, decide, carry out and evaluate (提—议—决—办—评). Steps take the topic as
 * last read and send its version as {@code If-Match}; a vendor's app acting for a resident names them with
 * {@link RequestOptions.Builder#endUser}.
 */
public final class TopicService {
    private static final String BASE = "/api/v1/topics";
    private static final JavaType PAGE = Lists.of(Topic.class);
    private static final JavaType MEETINGS = Lists.of(TopicMeeting.class);
    private static final JavaType COMMENTS = Lists.of(TopicComment.class);
    private static final JavaType TASKS = Lists.of(Task.class);

    private final HttpTransport transport;

    public TopicService(HttpTransport transport) {
        this.transport = transport;
    }

    public Topic propose(TopicProposeParams params) {
        return propose(params, RequestOptions.none());
    }

    public Topic propose(TopicProposeParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Topic.class);
    }

    public Topic retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Topic retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(Topic.class);
    }

    /** What residents may read of the topic: no personal data. */
    public PublicTopic retrievePublic(String id) {
        return retrievePublic(id, RequestOptions.none());
    }

    public PublicTopic retrievePublic(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id) + "/public"), options).as(PublicTopic.class);
    }

    /** Topics, oldest first, auto-paged. */
    public Page<Topic> list(TopicListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Topic> list(TopicListParams params, RequestOptions options) {
        ListParams paging = ListParams.builder().limit(params.limit().orElse(null)).build();
        return Lists.page(transport, () -> ApiRequest.get(BASE).query("councilId", params.councilId().orElse(null))
                .query("caseId", params.caseId().orElse(null))
                .query("stage", params.stage().map(Enum::name).orElse(null)), PAGE, paging, options);
    }

    /** 附议: seconds the proposal once (no version needed: residents second concurrently). */
    public Topic second(String topicId) {
        return second(topicId, RequestOptions.none());
    }

    public Topic second(String topicId, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(topicId) + ":second", Map.of()), options).as(Topic.class);
    }

    public Topic accept(Topic current) {
        return accept(current, RequestOptions.none());
    }

    public Topic accept(Topic current, RequestOptions options) {
        return step(current, "accept", Map.of(), options);
    }

    public Topic decline(Topic current, String reason) {
        return decline(current, reason, RequestOptions.none());
    }

    public Topic decline(Topic current, String reason, RequestOptions options) {
        return step(current, "decline", Bodies.of("reason", reason), options);
    }

    public Topic withdraw(Topic current) {
        return withdraw(current, RequestOptions.none());
    }

    public Topic withdraw(Topic current, RequestOptions options) {
        return step(current, "withdraw", Map.of(), options);
    }

    /** 审查把关: the Party organisation's review, needed before a major matter goes to a vote. */
    public Topic review(Topic current, TopicReviewParams params) {
        return review(current, params, RequestOptions.none());
    }

    public Topic review(Topic current, TopicReviewParams params, RequestOptions options) {
        return step(current, "review", params, options);
    }

    /** Records a consultation's outcome as the decision (not for a major matter). */
    public Topic decide(Topic current, TopicDecideParams params) {
        return decide(current, params, RequestOptions.none());
    }

    public Topic decide(Topic current, TopicDecideParams params, RequestOptions options) {
        return step(current, "decide", params, options);
    }

    public Topic fund(Topic current, String fundedBy) {
        return fund(current, fundedBy, RequestOptions.none());
    }

    public Topic fund(Topic current, String fundedBy, RequestOptions options) {
        return step(current, "fund", Bodies.of("fundedBy", fundedBy), options);
    }

    /** Takes a failed topic back to deliberation. */
    public Topic deliberateAgain(Topic current) {
        return deliberateAgain(current, RequestOptions.none());
    }

    public Topic deliberateAgain(Topic current, RequestOptions options) {
        return step(current, "deliberate", Map.of(), options);
    }

    public Topic close(Topic current, String publishedResult) {
        return close(current, publishedResult, RequestOptions.none());
    }

    public Topic close(Topic current, String publishedResult, RequestOptions options) {
        return step(current, "close", Bodies.of("result", publishedResult), options);
    }

    public TopicMeeting recordMeeting(String topicId, TopicMeetingParams params) {
        return recordMeeting(topicId, params, RequestOptions.none());
    }

    public TopicMeeting recordMeeting(String topicId, TopicMeetingParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(topicId) + "/meetings", params).creates(), options)
                .as(TopicMeeting.class);
    }

    /** The topic's meetings, earliest first, auto-paged. */
    public Page<TopicMeeting> listMeetings(String topicId, ListParams params) {
        return listMeetings(topicId, params, RequestOptions.none());
    }

    public Page<TopicMeeting> listMeetings(String topicId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(topicId) + "/meetings"), MEETINGS, params, options);
    }

    /** A comment in the online consultation, published once moderated. */
    public TopicComment comment(String topicId, String body) {
        return comment(topicId, body, RequestOptions.none());
    }

    public TopicComment comment(String topicId, String body, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(topicId) + "/comments", Bodies.of("body", body)).creates(),
                options).as(TopicComment.class);
    }

    public Page<TopicComment> listComments(String topicId, ListParams params) {
        return listComments(topicId, params, RequestOptions.none());
    }

    public Page<TopicComment> listComments(String topicId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(topicId) + "/comments"), COMMENTS, params, options);
    }

    public TopicComment moderateComment(TopicComment current, boolean publish) {
        return moderateComment(current, publish, RequestOptions.none());
    }

    public TopicComment moderateComment(TopicComment current, boolean publish, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.topicId()) + "/comments/"
                + ApiRequest.segment(current.id()) + ":moderate", Bodies.of("publish", publish))
                .ifMatch(current.version()), options).as(TopicComment.class);
    }

    /** A task of the (passed) decision; the first starts the implementation. */
    public Task addTask(String topicId, TaskCreateParams params) {
        return addTask(topicId, params, RequestOptions.none());
    }

    public Task addTask(String topicId, TaskCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(topicId) + "/tasks", params).creates(), options)
                .as(Task.class);
    }

    public Page<Task> listTasks(String topicId, ListParams params) {
        return listTasks(topicId, params, RequestOptions.none());
    }

    public Page<Task> listTasks(String topicId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(topicId) + "/tasks"), TASKS, params, options);
    }

    /** 评: a resident bound to a household of the venue evaluates once. */
    public Evaluations evaluate(String topicId, EvaluationParams params) {
        return evaluate(topicId, params, RequestOptions.none());
    }

    public Evaluations evaluate(String topicId, EvaluationParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(topicId) + "/evaluations", params), options)
                .as(Evaluations.class);
    }

    public Evaluations retrieveEvaluations(String topicId) {
        return retrieveEvaluations(topicId, RequestOptions.none());
    }

    public Evaluations retrieveEvaluations(String topicId, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(topicId) + "/evaluations"), options).as(Evaluations.class);
    }

    /** Figures of a subtree over a period: stages, days to decision, tasks on time, participation, satisfaction. */
    public DeliberationStats stats(DeliberationStatsParams params) {
        return stats(params, RequestOptions.none());
    }

    public DeliberationStats stats(DeliberationStatsParams params, RequestOptions options) {
        return transport.execute(ApiRequest.get(BASE + ":stats").query("gridId", params.gridId())
                .query("from", params.from().toString()).query("to", params.to().toString()), options)
                .as(DeliberationStats.class);
    }

    private Topic step(Topic current, String action, Object body, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":" + action, body).ifMatch(current.version()),
                options).as(Topic.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
