package org.jiceng.sdk.party;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.Bodies;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.time.LocalDate;
import java.util.List;

/**
 * 党组织 ({@code /api/v1/party-organizations}), reached through {@code client.partyOrganizations()}: the organisation
 * tree, its posts, coverage, rosters, organisation life, in-service reports made to it, and Party statistics.
 * Changes take the organisation as last read and send its version as {@code If-Match}.
 */
public final class PartyOrganizationService {
    private static final String BASE = "/api/v1/party-organizations";
    private static final JavaType ORGANIZATIONS = Lists.of(PartyOrganization.class);
    private static final JavaType MEMBERS = Lists.of(PartyMember.class);
    private static final JavaType POSTS = Lists.of(PartyPost.class);
    private static final JavaType COUNTS = Lists.of(HouseholdCount.class);
    private static final JavaType MEETINGS = Lists.of(PartyMeeting.class);
    private static final JavaType REPORTS = Lists.of(PartyReport.class);

    private final HttpTransport transport;

    public PartyOrganizationService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Establishes an organisation in the tree; retried safely under one {@code Idempotency-Key}. */
    public PartyOrganization establish(PartyOrganizationCreateParams params) {
        return establish(params, RequestOptions.none());
    }

    public PartyOrganization establish(PartyOrganizationCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(PartyOrganization.class);
    }

    public PartyOrganization retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public PartyOrganization retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(PartyOrganization.class);
    }

    /** The organisations at the top of the tree, auto-paged. */
    public Page<PartyOrganization> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<PartyOrganization> list(ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE), ORGANIZATIONS, params, options);
    }

    /** Every organisation below {@code id}, auto-paged. */
    public Page<PartyOrganization> subtree(String id, ListParams params) {
        return subtree(id, params, RequestOptions.none());
    }

    public Page<PartyOrganization> subtree(String id, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(id) + "/subtree"), ORGANIZATIONS, params, options);
    }

    /** The chain above the organisation, top first. */
    public Page<PartyOrganization> ancestors(String id, ListParams params) {
        return ancestors(id, params, RequestOptions.none());
    }

    public Page<PartyOrganization> ancestors(String id, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(id) + "/ancestors"), ORGANIZATIONS, params, options);
    }

    /** Moves the organisation with its subtree under {@code parentId} (null: to the top). */
    public PartyOrganization move(PartyOrganization current, String parentId) {
        return move(current, parentId, RequestOptions.none());
    }

    public PartyOrganization move(PartyOrganization current, String parentId, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":move", Bodies.of("parentId", parentId))
                .ifMatch(current.version()), options).as(PartyOrganization.class);
    }

    /** Dissolves it on {@code on} (null: today); refused while something below it stands. */
    public PartyOrganization dissolve(PartyOrganization current, LocalDate on) {
        return dissolve(current, on, RequestOptions.none());
    }

    public PartyOrganization dissolve(PartyOrganization current, LocalDate on, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":dissolve", Bodies.of("dissolvedOn", on))
                .ifMatch(current.version()), options).as(PartyOrganization.class);
    }

    /** The roster: members registered in it and in-service members whose report it accepted; auto-paged. */
    public Page<PartyMember> members(String organizationId, ListParams params) {
        return members(organizationId, params, RequestOptions.none());
    }

    public Page<PartyMember> members(String organizationId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(organizationId) + "/members"), MEMBERS, params,
                options);
    }

    /** Appoints a member on the roster of the organisation (or of one below it) to a post. */
    public PartyPost appoint(String organizationId, PartyPostParams params) {
        return appoint(organizationId, params, RequestOptions.none());
    }

    public PartyPost appoint(String organizationId, PartyPostParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(organizationId) + "/posts", params).creates(), options)
                .as(PartyPost.class);
    }

    /** Its posts, serving and ended, auto-paged. */
    public Page<PartyPost> posts(String organizationId, ListParams params) {
        return posts(organizationId, params, RequestOptions.none());
    }

    public Page<PartyPost> posts(String organizationId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(organizationId) + "/posts"), POSTS, params, options);
    }

    /** Sets the grid nodes (compounds, grids …) the organisation as last read covers; returns them. */
    @SuppressWarnings("unchecked")
    public List<String> cover(PartyOrganization current, List<String> gridIds) {
        return cover(current, gridIds, RequestOptions.none());
    }

    @SuppressWarnings("unchecked")
    public List<String> cover(PartyOrganization current, List<String> gridIds, RequestOptions options) {
        java.util.Map<String, Object> r = transport.execute(ApiRequest.put(path(current.id()) + "/grids",
                Bodies.of("gridIds", gridIds)).ifMatch(current.version()), options).as(java.util.Map.class);
        return (List<String>) r.get("gridIds");
    }

    /** The grid nodes the organisation covers. */
    public List<String> coverage(String organizationId) {
        return coverage(organizationId, RequestOptions.none());
    }

    @SuppressWarnings("unchecked")
    public List<String> coverage(String organizationId, RequestOptions options) {
        return (List<String>) transport.execute(ApiRequest.get(path(organizationId) + "/grids"), options)
                .as(java.util.Map.class).get("gridIds");
    }

    /** How many households each member on the roster covers (党员联户), auto-paged. */
    public Page<HouseholdCount> householdCoverage(String organizationId, ListParams params) {
        return householdCoverage(organizationId, params, RequestOptions.none());
    }

    public Page<HouseholdCount> householdCoverage(String organizationId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(organizationId) + "/household-coverage"), COUNTS,
                params, options);
    }

    /** Records a meeting of the 三会一课 or a themed Party day, with attendance. */
    public PartyMeeting holdMeeting(String organizationId, MeetingParams params) {
        return holdMeeting(organizationId, params, RequestOptions.none());
    }

    public PartyMeeting holdMeeting(String organizationId, MeetingParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(organizationId) + "/meetings", params).creates(), options)
                .as(PartyMeeting.class);
    }

    /** Its meetings between two dates, auto-paged; attendance is in {@link PartyMeetingService#retrieve}. */
    public Page<PartyMeeting> meetings(String organizationId, MeetingListParams params) {
        return meetings(organizationId, params, RequestOptions.none());
    }

    public Page<PartyMeeting> meetings(String organizationId, MeetingListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(organizationId) + "/meetings")
                        .query("from", params.from().orElse(null)).query("to", params.to().orElse(null)), MEETINGS,
                ListParams.builder().limit(params.limit().orElse(null)).build(), options);
    }

    /** Meetings by kind and attendance by presence between two dates, inclusive (both required). */
    public MeetingCounts meetingCounts(String organizationId, MeetingListParams params) {
        return meetingCounts(organizationId, params, RequestOptions.none());
    }

    public MeetingCounts meetingCounts(String organizationId, MeetingListParams params, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(organizationId) + "/meetings:counts")
                .query("from", params.from().orElse(null)).query("to", params.to().orElse(null)), options)
                .as(MeetingCounts.class);
    }

    /** In-service reports made to it, optionally in one state; auto-paged. */
    public Page<PartyReport> reports(String organizationId, PartyReportListParams params) {
        return reports(organizationId, params, RequestOptions.none());
    }

    public Page<PartyReport> reports(String organizationId, PartyReportListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(organizationId) + "/reports")
                        .query("state", params.state().map(Enum::name).orElse(null)), REPORTS,
                ListParams.builder().limit(params.limit().orElse(null)).build(), options);
    }

    /**
     * Party statistics of a grid subtree: organisations by type, members by kind, coverage of compounds and
     * grids, owners' committees' Party share, households covered.
     */
    public PartyStats stats(String gridId) {
        return stats(gridId, RequestOptions.none());
    }

    public PartyStats stats(String gridId, RequestOptions options) {
        return transport.execute(ApiRequest.get("/api/v1/party:stats").query("gridId", gridId), options)
                .as(PartyStats.class);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
