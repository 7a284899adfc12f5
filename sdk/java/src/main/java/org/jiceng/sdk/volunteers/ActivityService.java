package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.util.Map;

/**
 * 志愿活动 ({@code /api/v1/activities}), reached through {@code client.activities()}: activities and their sign-ups.
 * A sign-up's steps take it as last read and send its version as {@code If-Match}; a step it cannot take now
 * fails with {@link org.jiceng.sdk.errors.ConflictException}, whose problem names the steps it can.
 */
public final class ActivityService {
    private static final String BASE = "/api/v1/activities";
    private static final JavaType PAGE = Lists.of(Activity.class);
    private static final JavaType SIGNUPS = Lists.of(ActivitySignup.class);

    private final HttpTransport transport;

    public ActivityService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Organises an activity; the caller certifies its hours. */
    public Activity create(ActivityCreateParams params) {
        return create(params, RequestOptions.none());
    }

    public Activity create(ActivityCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Activity.class);
    }

    public Activity retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Activity retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(Activity.class);
    }

    /** Activities in the order they were organised, auto-paged. */
    public Page<Activity> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Activity> list(ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE), PAGE, params, options);
    }

    /** Signs a volunteer up: capacity is enforced, and a volunteer holds one place. */
    public ActivitySignup signUp(String activityId, String volunteerId) {
        return signUp(activityId, volunteerId, RequestOptions.none());
    }

    public ActivitySignup signUp(String activityId, String volunteerId, RequestOptions options) {
        return transport.execute(ApiRequest.post(signups(activityId), Map.of("volunteerId", volunteerId)).creates(),
                options).as(ActivitySignup.class);
    }

    /** The activity's sign-ups, auto-paged. */
    public Page<ActivitySignup> signups(String activityId, ListParams params) {
        return signups(activityId, params, RequestOptions.none());
    }

    public Page<ActivitySignup> signups(String activityId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(signups(activityId)), SIGNUPS, params, options);
    }

    public ActivitySignup retrieveSignup(String activityId, String signupId) {
        return retrieveSignup(activityId, signupId, RequestOptions.none());
    }

    public ActivitySignup retrieveSignup(String activityId, String signupId, RequestOptions options) {
        return transport.execute(ApiRequest.get(signup(activityId, signupId)), options).as(ActivitySignup.class);
    }

    /** Gives the place up before check-in. */
    public ActivitySignup cancel(ActivitySignup current) {
        return cancel(current, RequestOptions.none());
    }

    public ActivitySignup cancel(ActivitySignup current, RequestOptions options) {
        return step(current, "cancel", Map.of(), options);
    }

    public ActivitySignup checkIn(ActivitySignup current) {
        return checkIn(current, RequestOptions.none());
    }

    public ActivitySignup checkIn(ActivitySignup current, RequestOptions options) {
        return step(current, "check-in", Map.of(), options);
    }

    public ActivitySignup checkOut(ActivitySignup current) {
        return checkOut(current, RequestOptions.none());
    }

    public ActivitySignup checkOut(ActivitySignup current, RequestOptions options) {
        return step(current, "check-out", Map.of(), options);
    }

    /** The organiser certifies the checked time; the points are credited once. */
    public ActivitySignup verify(ActivitySignup current) {
        return verify(current, null, RequestOptions.none());
    }

    /** The organiser certifies {@code minutes} served, correcting the checked time; the points are credited once. */
    public ActivitySignup verify(ActivitySignup current, int minutes) {
        return verify(current, minutes, RequestOptions.none());
    }

    public ActivitySignup verify(ActivitySignup current, Integer minutes, RequestOptions options) {
        return step(current, "verify", minutes == null ? Map.of() : Map.of("minutes", minutes), options);
    }

    private ActivitySignup step(ActivitySignup current, String action, Map<String, Object> body,
                                RequestOptions options) {
        return transport.execute(ApiRequest.post(signup(current.activityId(), current.id()) + ":" + action, body)
                .ifMatch(current.version()), options).as(ActivitySignup.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }

    private static String signups(String activityId) {
        return path(activityId) + "/signups";
    }

    private static String signup(String activityId, String signupId) {
        return signups(activityId) + "/" + ApiRequest.segment(signupId);
    }
}
