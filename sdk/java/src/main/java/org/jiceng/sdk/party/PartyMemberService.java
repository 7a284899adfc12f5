package org.jiceng.sdk.party;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.ApiResponse;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.ListResponse;
import org.jiceng.sdk.grids.Household;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Party members ({@code /api/v1/party-members}), reached through {@code client.partyMembers()}: records, posts,
 * household links, in-service reporting ({@code /api/v1/party-reports}) and transfers
 * ({@code /api/v1/party-transfers}).
 */
public final class PartyMemberService {
    private static final JavaType MEMBERS = PartyOrganizationService.list(PartyMember.class);
    private static final JavaType LINKS = PartyOrganizationService.list(MemberLink.class);
    private static final JavaType HOUSEHOLDS = PartyOrganizationService.list(Household.class);
    private static final JavaType TRANSFERS = PartyOrganizationService.list(PartyTransfer.class);

    private final HttpTransport transport;

    public PartyMemberService(HttpTransport transport) {
        this.transport = transport;
    }

    /**
     * Records a member ({@code status} FULL or PROBATIONARY, {@code kind} REGISTERED, IN_SERVICE_REPORTED or
     * MOBILE; nulls take the first). Name, phone and ID number are encrypted by the platform.
     */
    public PartyMember admit(String organizationId, String name, String phone, String idNumber, String status,
                             String kind, LocalDate joinedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationId", organizationId);
        body.put("name", name);
        body.put("phone", phone);
        body.put("idNumber", idNumber);
        body.put("status", status);
        body.put("kind", kind);
        body.put("joinedOn", joinedOn);
        body.values().removeIf(Objects::isNull);
        return post("/api/v1/party-members", body, true).as(PartyMember.class);
    }

    public PartyMember retrieve(String id) {
        return get(path(id)).as(PartyMember.class);
    }

    /**
     * Links the member to the account (token subject) they sign in with, or unlinks it with {@code null}: a member
     * doing 党员联户 then reaches the households linked to them, a secretary those their organisation covers.
     * Sends the member's version as {@code If-Match}.
     */
    public PartyMember linkAccount(PartyMember member, String subject) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", subject);
        return transport.execute(ApiRequest.put(path(member.id()) + "/account", body).ifMatch(member.version()),
                RequestOptions.none()).as(PartyMember.class);
    }

    /** Posts in Party organisations and seats held concurrently in other bodies. */
    public MemberPosts posts(String memberId) {
        return get(path(memberId) + "/posts").as(MemberPosts.class);
    }

    /** Links the member to one household (党员联户). */
    public MemberLink linkHousehold(String memberId, String householdId, LocalDate linkedOn) {
        return link(memberId, "householdId", householdId, linkedOn);
    }

    /** Links the member to every household of a building, compound or grid. */
    public MemberLink linkGrid(String memberId, String gridId, LocalDate linkedOn) {
        return link(memberId, "gridId", gridId, linkedOn);
    }

    private MemberLink link(String memberId, String field, String id, LocalDate linkedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(field, id);
        body.put("linkedOn", linkedOn);
        body.values().removeIf(Objects::isNull);
        return post(path(memberId) + "/links", body, true).as(MemberLink.class);
    }

    public List<MemberLink> links(String memberId) {
        ListResponse<MemberLink> r = get(path(memberId) + "/links").as(LINKS);
        return r.data();
    }

    public void unlink(String memberId, String linkId) {
        transport.execute(ApiRequest.delete(path(memberId) + "/links/" + ApiRequest.segment(linkId)),
                RequestOptions.none());
    }

    /** The households the member covers, directly or through a linked node; auto-paged. */
    public Page<Household> households(String memberId) {
        return householdPage(path(memberId) + "/households", null);
    }

    /** The members who cover a household, directly or through its building, compound or grid. */
    public List<PartyMember> covering(String householdId) {
        ListResponse<PartyMember> r = get("/api/v1/households/" + ApiRequest.segment(householdId)
                + "/party-members").as(MEMBERS);
        return r.data();
    }

    /** An in-service member reports to a community's organisation. */
    public PartyReport report(InServiceReportParams params) {
        return post("/api/v1/party-reports", params, true).as(PartyReport.class);
    }

    public PartyReport retrieveReport(String reportId) {
        return get("/api/v1/party-reports/" + ApiRequest.segment(reportId)).as(PartyReport.class);
    }

    /** The community accepts: the reporter joins its roster as IN_SERVICE_REPORTED. {@code on} null: today. */
    public PartyReport acceptReport(String reportId, LocalDate on, String note) {
        return post("/api/v1/party-reports/" + ApiRequest.segment(reportId) + ":accept", decision(on, "note", note),
                false).as(PartyReport.class);
    }

    /** The community declines, saying why. */
    public PartyReport declineReport(String reportId, LocalDate on, String reason) {
        return post("/api/v1/party-reports/" + ApiRequest.segment(reportId) + ":decline",
                decision(on, "reason", reason), false).as(PartyReport.class);
    }

    /** Records a transfer issued out of the member's organisation. */
    public PartyTransfer issueTransfer(TransferParams params) {
        return post("/api/v1/party-transfers", params, true).as(PartyTransfer.class);
    }

    public PartyTransfer retrieveTransfer(String transferId) {
        return get("/api/v1/party-transfers/" + ApiRequest.segment(transferId)).as(PartyTransfer.class);
    }

    /** Accepted in: the member moves (or leaves the tenant) and their posts in the old organisation end. */
    public PartyTransfer acceptTransfer(String transferId, LocalDate on, String note) {
        return post("/api/v1/party-transfers/" + ApiRequest.segment(transferId) + ":accept",
                decision(on, "note", note), false).as(PartyTransfer.class);
    }

    public PartyTransfer declineTransfer(String transferId, LocalDate on, String reason) {
        return post("/api/v1/party-transfers/" + ApiRequest.segment(transferId) + ":decline",
                decision(on, "reason", reason), false).as(PartyTransfer.class);
    }

    /** Every transfer of the member, oldest first. */
    public List<PartyTransfer> transfers(String memberId) {
        ListResponse<PartyTransfer> r = get(path(memberId) + "/transfers").as(TRANSFERS);
        return r.data();
    }

    private static Map<String, Object> decision(LocalDate on, String field, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decidedOn", on);
        body.put(field, text);
        body.values().removeIf(Objects::isNull);
        return body;
    }

    private Page<Household> householdPage(String path, String cursor) {
        ListResponse<Household> r = transport.execute(ApiRequest.get(path).query("cursor", cursor),
                RequestOptions.none()).as(HOUSEHOLDS);
        return new Page<>(r.data(), r.nextCursor(), next -> householdPage(path, next));
    }

    private static String path(String id) {
        return "/api/v1/party-members/" + ApiRequest.segment(id);
    }

    private ApiResponse get(String path) {
        return transport.execute(ApiRequest.get(path), RequestOptions.none());
    }

    private ApiResponse post(String path, Object body, boolean creates) {
        ApiRequest r = ApiRequest.post(path, body);
        return transport.execute(creates ? r.creates() : r, RequestOptions.none());
    }
}
