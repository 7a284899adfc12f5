package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;


/**
 * 志愿者 ({@code /api/v1/volunteers}), reached through {@code client.volunteers()}: registration, balances,
 * statements, records of service and the leaderboard.
 */
public final class VolunteerService {
    private static final String BASE = "/api/v1/volunteers";
    private static final JavaType PAGE = Lists.of(Volunteer.class);
    private static final JavaType ENTRIES = Lists.of(PointsEntry.class);
    private static final JavaType LEADERBOARD = Lists.of(LeaderboardEntry.class);

    private final HttpTransport transport;

    public VolunteerService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Registers a volunteer and opens their points account; retried safely under one {@code Idempotency-Key}. */
    public Volunteer register(VolunteerRegisterParams params) {
        return register(params, RequestOptions.none());
    }

    public Volunteer register(VolunteerRegisterParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Volunteer.class);
    }

    public Volunteer retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Volunteer retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(Volunteer.class);
    }

    /** Volunteers in registration order, auto-paged. */
    public Page<Volunteer> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Volunteer> list(ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE), PAGE, params, options);
    }

    /** The volunteer's ledger entries, newest first, auto-paged. */
    public Page<PointsEntry> statement(String volunteerId, ListParams params) {
        return statement(volunteerId, params, RequestOptions.none());
    }

    public Page<PointsEntry> statement(String volunteerId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(volunteerId) + "/statement"), ENTRIES, params,
                options);
    }

    /** The volunteer's record of service: services, verified hours, points earned, certificate number. */
    public ServiceRecord serviceRecord(String volunteerId) {
        return serviceRecord(volunteerId, RequestOptions.none());
    }

    public ServiceRecord serviceRecord(String volunteerId, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(volunteerId) + "/service-record"), options)
                .as(ServiceRecord.class);
    }

    /**
     * Volunteers by points earned for service in a period, best first: a ranking of the top
     * {@code params.limit()}, not a paged list.
     */
    /** Verified service month by month: sign-ups verified, volunteers who served, verified hours. */
    public VolunteerHours hours(VolunteerHoursParams params) {
        return hours(params, RequestOptions.none());
    }

    public VolunteerHours hours(VolunteerHoursParams params, RequestOptions options) {
        ApiRequest r = ApiRequest.get(BASE + ":hours").query("from", params.from().orElse(null))
                .query("to", params.to().orElse(null)).query("gridId", params.gridId().orElse(null));
        return transport.execute(r, options).as(VolunteerHours.class);
    }

    public java.util.List<LeaderboardEntry> leaderboard(LeaderboardParams params) {
        return leaderboard(params, RequestOptions.none());
    }

    public java.util.List<LeaderboardEntry> leaderboard(LeaderboardParams params, RequestOptions options) {
        ApiRequest r = ApiRequest.get(BASE + ":leaderboard").query("from", params.from().orElse(null))
                .query("to", params.to().orElse(null)).query("gridId", params.gridId().orElse(null))
                .query("teamId", params.teamId().orElse(null)).query("limit", params.limit().orElse(null));
        org.jiceng.sdk.core.ListResponse<LeaderboardEntry> rows = transport.execute(r, options).as(LEADERBOARD);
        return rows.data();
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
