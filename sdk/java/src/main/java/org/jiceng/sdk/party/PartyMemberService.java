package org.jiceng.sdk.party;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.Bodies;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;
import org.jiceng.sdk.grids.Household;

/**
 * 党员 ({@code /api/v1/party-members}), reached through {@code client.partyMembers()}: members, their posts,
 * transfers and household links (党员联户).
 */
public final class PartyMemberService {
    private static final String BASE = "/api/v1/party-members";
    private static final JavaType MEMBERS = Lists.of(PartyMember.class);
    private static final JavaType LINKS = Lists.of(MemberLink.class);
    private static final JavaType HOUSEHOLDS = Lists.of(Household.class);
    private static final JavaType TRANSFERS = Lists.of(PartyTransfer.class);

    private final HttpTransport transport;

    public PartyMemberService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Records a member; name, phone and ID number are encrypted by the platform. */
    public PartyMember admit(PartyMemberCreateParams params) {
        return admit(params, RequestOptions.none());
    }

    public PartyMember admit(PartyMemberCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(PartyMember.class);
    }

    public PartyMember retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public PartyMember retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(PartyMember.class);
    }

    /**
     * Links the member as last read to the account (token subject) they sign in with, or unlinks it with
     * {@code null}: a member doing 党员联户 then reaches the households linked to them, a secretary those their
     * organisation covers.
     */
    public PartyMember linkAccount(PartyMember current, String subject) {
        return linkAccount(current, subject, RequestOptions.none());
    }

    public PartyMember linkAccount(PartyMember current, String subject, RequestOptions options) {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("subject", subject);
        return transport.execute(ApiRequest.put(path(current.id()) + "/account", body).ifMatch(current.version()),
                options).as(PartyMember.class);
    }

    /** Posts in Party organisations and seats held concurrently in other bodies. */
    public MemberPosts posts(String memberId) {
        return posts(memberId, RequestOptions.none());
    }

    public MemberPosts posts(String memberId, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(memberId) + "/posts"), options).as(MemberPosts.class);
    }

    /** Links the member to one household, or to every household of a building, compound or grid (党员联户). */
    public MemberLink link(String memberId, MemberLinkParams params) {
        return link(memberId, params, RequestOptions.none());
    }

    public MemberLink link(String memberId, MemberLinkParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(memberId) + "/links", params).creates(), options)
                .as(MemberLink.class);
    }

    /** The member's household links, auto-paged. */
    public Page<MemberLink> links(String memberId, ListParams params) {
        return links(memberId, params, RequestOptions.none());
    }

    public Page<MemberLink> links(String memberId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(memberId) + "/links"), LINKS, params, options);
    }

    public MemberLink retrieveLink(String memberId, String linkId) {
        return retrieveLink(memberId, linkId, RequestOptions.none());
    }

    public MemberLink retrieveLink(String memberId, String linkId, RequestOptions options) {
        return transport.execute(ApiRequest.get(link(memberId, linkId)), options).as(MemberLink.class);
    }

    /** Removes the link as last read. */
    public void unlink(MemberLink current) {
        unlink(current, RequestOptions.none());
    }

    public void unlink(MemberLink current, RequestOptions options) {
        transport.execute(ApiRequest.delete(link(current.memberId(), current.id())).ifMatch(current.version()),
                options);
    }

    /** The households the member covers, directly or through a linked node; auto-paged. */
    public Page<Household> households(String memberId, ListParams params) {
        return households(memberId, params, RequestOptions.none());
    }

    public Page<Household> households(String memberId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(memberId) + "/households"), HOUSEHOLDS, params,
                options);
    }

    /** The members who cover a household, directly or through its building, compound or grid; auto-paged. */
    public Page<PartyMember> covering(String householdId, ListParams params) {
        return covering(householdId, params, RequestOptions.none());
    }

    public Page<PartyMember> covering(String householdId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get("/api/v1/households/" + ApiRequest.segment(householdId)
                + "/party-members"), MEMBERS, params, options);
    }

    /** Every transfer of the member, oldest first, auto-paged. */
    public Page<PartyTransfer> transfers(String memberId, ListParams params) {
        return transfers(memberId, params, RequestOptions.none());
    }

    public Page<PartyTransfer> transfers(String memberId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(memberId) + "/transfers"), TRANSFERS, params, options);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }

    private static String link(String memberId, String linkId) {
        return path(memberId) + "/links/" + ApiRequest.segment(linkId);
    }
}
