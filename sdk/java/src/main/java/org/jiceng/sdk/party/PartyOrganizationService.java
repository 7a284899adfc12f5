package org.jiceng.sdk.party;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.ApiResponse;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.core.ListResponse;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Party organisations ({@code /api/v1/party-organizations}), reached through {@code client.partyOrganizations()}:
 * the tree, posts, grid coverage, rosters, organisation life, in-service reports received, and
 * {@code party:stats}.
 */
public final class PartyOrganizationService {
    private static final JavaType ORGANIZATIONS = list(PartyOrganization.class);
    private static final JavaType MEMBERS = list(PartyMember.class);
    private static final JavaType POSTS = list(PartyPost.class);
    private static final JavaType MEETINGS = list(PartyMeeting.class);
    private static final JavaType REPORTS = list(PartyReport.class);
    private static final JavaType COUNTS = list(HouseholdCount.class);

    private final HttpTransport transport;

    public PartyOrganizationService(HttpTransport transport) {
        this.transport = transport;
    }

    static JavaType list(Class<?> type) {
        return Json.mapper().getTypeFactory().constructParametricType(ListResponse.class, type);
    }

    /** Establishes an organisation under {@code parentId} (null at the top). */
    public PartyOrganization establish(String parentId, String type, String name, String hostKind,
                                       LocalDate establishedOn) {
        return establish(parentId, type, name, hostKind, establishedOn, null, null);
    }

    /** A temporary branch states its purpose and end date. */
    public PartyOrganization establish(String parentId, String type, String name, String hostKind,
                                       LocalDate establishedOn, String purpose, LocalDate endsOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parentId", parentId);
        body.put("type", type);
        body.put("name", name);
        body.put("hostKind", hostKind);
        body.put("establishedOn", establishedOn);
        body.put("purpose", purpose);
        body.put("endsOn", endsOn);
        body.values().removeIf(Objects::isNull);
        return post("/api/v1/party-organizations", body, true).as(PartyOrganization.class);
    }

    public PartyOrganization retrieve(String id) {
        return get(path(id)).as(PartyOrganization.class);
    }

    public List<PartyOrganization> tops() {
        return all("/api/v1/party-organizations", ORGANIZATIONS);
    }

    public List<PartyOrganization> subtree(String id) {
        return all(path(id) + "/subtree", ORGANIZATIONS);
    }

    /** The chain above the organisation, top first. */
    public List<PartyOrganization> ancestors(String id) {
        return all(path(id) + "/ancestors", ORGANIZATIONS);
    }

    /** Moves the organisation with its subtree under {@code parentId} (null: to the top). */
    public PartyOrganization move(String id, String parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parentId", parentId);
        body.values().removeIf(Objects::isNull);
        return post(path(id) + ":move", body, false).as(PartyOrganization.class);
    }

    /** Dissolves it on {@code on} (null: today); refused while something below it stands. */
    public PartyOrganization dissolve(String id, LocalDate on) {
        return post(path(id) + ":dissolve", on == null ? Map.of() : Map.of("dissolvedOn", on), false)
                .as(PartyOrganization.class);
    }

    /** The roster: members registered in it and in-service members whose report it accepted; auto-paged. */
    public Page<PartyMember> members(String organizationId) {
        return page(path(organizationId) + "/members", null, MEMBERS);
    }

    /** Appoints a member on the roster of the organisation (or of one below it) to a post. */
    public PartyPost appoint(String organizationId, String memberId, String title, LocalDate startedOn) {
        return post(path(organizationId) + "/posts", Map.of("memberId", memberId, "title", title, "startedOn",
                startedOn), true).as(PartyPost.class);
    }

    /** Its posts, serving and ended. */
    public List<PartyPost> posts(String organizationId) {
        return all(path(organizationId) + "/posts", POSTS);
    }

    /** Ends a post on {@code on} (null: today). */
    public PartyPost endPost(String postId, LocalDate on) {
        return post("/api/v1/party-posts/" + ApiRequest.segment(postId) + ":end", on == null ? Map.of()
                : Map.of("endedOn", on), false).as(PartyPost.class);
    }

    /** Sets the grid nodes (compounds, grids …) the organisation covers; returns them. */
    @SuppressWarnings("unchecked")
    public List<String> cover(String organizationId, List<String> gridIds) {
        Map<String, Object> r = transport.execute(ApiRequest.put(path(organizationId) + "/grids",
                Map.of("gridIds", gridIds)), RequestOptions.none()).as(Map.class);
        return (List<String>) r.get("gridIds");
    }

    @SuppressWarnings("unchecked")
    public List<String> coverage(String organizationId) {
        return (List<String>) get(path(organizationId) + "/grids").as(Map.class).get("gridIds");
    }

    /** How many households each member on the roster covers (党员联户). */
    public List<HouseholdCount> householdCoverage(String organizationId) {
        return all(path(organizationId) + "/household-coverage", COUNTS);
    }

    /** Records a meeting of the 三会一课 or a themed Party day, with attendance. */
    public PartyMeeting holdMeeting(String organizationId, MeetingParams params) {
        return post(path(organizationId) + "/meetings", params, true).as(PartyMeeting.class);
    }

    /** Its meetings between two dates (either may be null), auto-paged; attendance is in {@link #meeting}. */
    public Page<PartyMeeting> meetings(String organizationId, LocalDate from, LocalDate to) {
        return meetingPage(path(organizationId) + "/meetings", from, to, null);
    }

    public PartyMeeting meeting(String meetingId) {
        return get("/api/v1/party-meetings/" + ApiRequest.segment(meetingId)).as(PartyMeeting.class);
    }

    /** Meetings by kind and attendance by presence between two dates, inclusive. */
    public MeetingCounts meetingCounts(String organizationId, LocalDate from, LocalDate to) {
        return transport.execute(ApiRequest.get(path(organizationId) + "/meetings:counts").query("from", from)
                .query("to", to), RequestOptions.none()).as(MeetingCounts.class);
    }

    /** In-service reports made to it, optionally in one state (REPORTED, ACCEPTED, DECLINED); auto-paged. */
    public Page<PartyReport> reports(String organizationId, String state) {
        return reportPage(path(organizationId) + "/reports", state, null);
    }

    /**
     * Party statistics of a grid subtree: organisations by type, members by kind, coverage of compounds and
     * grids, owners' committees' Party share, households covered.
     */
    public PartyStats stats(String gridId) {
        return transport.execute(ApiRequest.get("/api/v1/party:stats").query("gridId", gridId), RequestOptions.none())
                .as(PartyStats.class);
    }

    private static String path(String id) {
        return "/api/v1/party-organizations/" + ApiRequest.segment(id);
    }

    private <T> List<T> all(String path, JavaType type) {
        ListResponse<T> r = get(path).as(type);
        return r.data();
    }

    private <T> Page<T> page(String path, String cursor, JavaType type) {
        ListResponse<T> r = transport.execute(ApiRequest.get(path).query("cursor", cursor), RequestOptions.none())
                .as(type);
        return new Page<>(r.data(), r.nextCursor(), next -> page(path, next, type));
    }

    private Page<PartyMeeting> meetingPage(String path, LocalDate from, LocalDate to, String cursor) {
        ListResponse<PartyMeeting> r = transport.execute(ApiRequest.get(path).query("from", from).query("to", to)
                .query("cursor", cursor), RequestOptions.none()).as(MEETINGS);
        return new Page<>(r.data(), r.nextCursor(), next -> meetingPage(path, from, to, next));
    }

    private Page<PartyReport> reportPage(String path, String state, String cursor) {
        ListResponse<PartyReport> r = transport.execute(ApiRequest.get(path).query("state", state)
                .query("cursor", cursor), RequestOptions.none()).as(REPORTS);
        return new Page<>(r.data(), r.nextCursor(), next -> reportPage(path, state, next));
    }

    private ApiResponse get(String path) {
        return transport.execute(ApiRequest.get(path), RequestOptions.none());
    }

    private ApiResponse post(String path, Object body, boolean creates) {
        ApiRequest r = ApiRequest.post(path, body);
        return transport.execute(creates ? r.creates() : r, RequestOptions.none());
    }
}
