package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.util.Map;

/** 志愿服务队 ({@code /api/v1/volunteer-teams}), reached through {@code client.volunteerTeams()}. */
public final class VolunteerTeamService {
    private static final String BASE = "/api/v1/volunteer-teams";
    private static final JavaType PAGE = Lists.of(VolunteerTeam.class);

    private final HttpTransport transport;

    public VolunteerTeamService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Forms a team; its leader, when given, is its first member. */
    public VolunteerTeam create(VolunteerTeamCreateParams params) {
        return create(params, RequestOptions.none());
    }

    public VolunteerTeam create(VolunteerTeamCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(VolunteerTeam.class);
    }

    public VolunteerTeam retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public VolunteerTeam retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(VolunteerTeam.class);
    }

    /** Teams in the order they were formed, auto-paged. */
    public Page<VolunteerTeam> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<VolunteerTeam> list(ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE), PAGE, params, options);
    }

    /** A volunteer joins the team as it was when {@code current} was read. */
    public VolunteerTeam addMember(VolunteerTeam current, String volunteerId) {
        return addMember(current, volunteerId, RequestOptions.none());
    }

    public VolunteerTeam addMember(VolunteerTeam current, String volunteerId, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + "/members", Map.of("volunteerId", volunteerId))
                .ifMatch(current.version()), options).as(VolunteerTeam.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
