package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.databind.JavaType;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.Page;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.core.ApiRequest;
import org.jiceng.sdk.core.HttpTransport;
import org.jiceng.sdk.core.Lists;

import java.util.List;
import java.util.Map;

/**
 * The tenant's own people ({@code /api/v1/staff}), for its administrators ({@code staff:manage}): invite with roles,
 * change roles, remove leavers. Reached through {@code client.staff()}; assign people to grids and departments with
 * {@code client.assignments()}, naming {@link StaffMember#id()}. E-mails are clear only with {@code pii:read}.
 */
public final class StaffService {
    private static final String BASE = "/api/v1/staff";
    private static final JavaType PAGE = Lists.of(StaffMember.class);

    private final HttpTransport transport;

    public StaffService(HttpTransport transport) {
        this.transport = transport;
    }

    public Page<StaffMember> list(StaffListParams params) {
        return list(params, RequestOptions.none());
    }

    public Page<StaffMember> list(StaffListParams params, RequestOptions options) {
        ListParams.Builder paging = ListParams.builder();
        params.limit().ifPresent(paging::limit);
        return Lists.page(transport, () -> ApiRequest.get(BASE).query("search", params.search().orElse(null)), PAGE,
                paging.build(), options);
    }

    /** Creates the person's account; the temporary password in the answer is shown this once. */
    public StaffInvitation invite(StaffInviteParams params) {
        return invite(params, RequestOptions.none());
    }

    public StaffInvitation invite(StaffInviteParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(BASE, params.toBody()), options).as(StaffInvitation.class);
    }

    /** Makes {@code roles} exactly the platform roles the person holds; one's own are changed by another admin. */
    public StaffMember setRoles(String memberId, List<String> roles) {
        return setRoles(memberId, roles, RequestOptions.none());
    }

    public StaffMember setRoles(String memberId, List<String> roles, RequestOptions options) {
        return transport.execute(ApiRequest.put(BASE + "/" + ApiRequest.segment(memberId) + "/roles",
                Map.of("roles", List.copyOf(roles))), options).as(StaffMember.class);
    }

    /** Ends a leaver's assignments and deletes their account and sessions. */
    public void remove(String memberId) {
        remove(memberId, RequestOptions.none());
    }

    public void remove(String memberId, RequestOptions options) {
        transport.execute(ApiRequest.delete(BASE + "/" + ApiRequest.segment(memberId)), options);
    }
}
