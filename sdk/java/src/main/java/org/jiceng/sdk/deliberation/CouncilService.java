package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

/**
 * 议事会 ({@code /api/v1/councils}), reached through {@code client.councils()}: councils at grid nodes, their
 * mandate, settings, terms and members. Changes take the council as last read and send its version as
 * {@code If-Match}.
 */
public final class CouncilService {
    private static final String BASE = "/api/v1/councils";
    private static final JavaType PAGE = Lists.of(Council.class);
    private static final JavaType MEMBERS = Lists.of(CouncilMember.class);

    private final HttpTransport transport;

    public CouncilService(HttpTransport transport) {
        this.transport = transport;
    }

    public Council create(CouncilCreateParams params) {
        return create(params, RequestOptions.none());
    }

    public Council create(CouncilCreateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params).creates(), options).as(Council.class);
    }

    public Council retrieve(String id) {
        return retrieve(id, RequestOptions.none());
    }

    public Council retrieve(String id, RequestOptions options) {
        return transport.execute(ApiRequest.get(path(id)), options).as(Council.class);
    }

    /** Councils, oldest first, auto-paged. */
    public Page<Council> list(ListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<Council> list(ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(BASE), PAGE, params, options);
    }

    public Council update(Council current, CouncilUpdateParams params) {
        return update(current, params, RequestOptions.none());
    }

    public Council update(Council current, CouncilUpdateParams params, RequestOptions options) {
        return transport.execute(ApiRequest.patch(path(current.id()), params).ifMatch(current.version()), options)
                .as(Council.class);
    }

    /** Starts the next term; its roster starts empty. */
    public Council renewTerm(Council current, CouncilTermParams params) {
        return renewTerm(current, params, RequestOptions.none());
    }

    public Council renewTerm(Council current, CouncilTermParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(current.id()) + ":renew-term", params)
                .ifMatch(current.version()), options).as(Council.class);
    }

    public CouncilMember addMember(String councilId, CouncilMemberParams params) {
        return addMember(councilId, params, RequestOptions.none());
    }

    public CouncilMember addMember(String councilId, CouncilMemberParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(councilId) + "/members", params).creates(), options)
                .as(CouncilMember.class);
    }

    /** The current term's members, auto-paged. */
    public Page<CouncilMember> listMembers(String councilId, ListParams params) {
        return listMembers(councilId, params, RequestOptions.none());
    }

    public Page<CouncilMember> listMembers(String councilId, ListParams params, RequestOptions options) {
        return Lists.page(transport, () -> ApiRequest.get(path(councilId) + "/members"), MEMBERS, params, options);
    }

    public void removeMember(CouncilMember member) {
        removeMember(member, RequestOptions.none());
    }

    public void removeMember(CouncilMember member, RequestOptions options) {
        transport.execute(ApiRequest.delete(path(member.councilId()) + "/members/"
                + ApiRequest.segment(member.id())), options);
    }

    private static String path(String id) {
        return BASE + "/" + ApiRequest.segment(id);
    }
}
