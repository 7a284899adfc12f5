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
 * The people of a tenant's realm ({@code /admin/v1/tenants/{code}/staff}), for platform admins: invite with roles,
 * change roles, remove leavers. Reached through {@code client.tenants().staff()}. Needs the platform to hold a
 * Keycloak service account; grid and department assignments are the tenant's own ({@code client.assignments()}).
 */
public final class TenantStaffService {
    private static final JavaType PAGE = Lists.of(StaffMember.class);

    private final HttpTransport transport;

    TenantStaffService(HttpTransport transport) {
        this.transport = transport;
    }

    /** The tenant's people, page by page as iterated; e-mails come masked. */
    public Page<StaffMember> list(String code, StaffListParams params) {
        return list(code, params, RequestOptions.none());
    }

    public Page<StaffMember> list(String code, StaffListParams params, RequestOptions options) {
        ListParams.Builder paging = ListParams.builder();
        params.limit().ifPresent(paging::limit);
        return Lists.page(transport, () -> ApiRequest.get(path(code)).query("search", params.search().orElse(null)),
                PAGE, paging.build(), options);
    }

    /** Creates the person's account; the temporary password in the answer is shown this once. */
    public StaffInvitation invite(String code, StaffInviteParams params) {
        return invite(code, params, RequestOptions.none());
    }

    public StaffInvitation invite(String code, StaffInviteParams params, RequestOptions options) {
        return transport.execute(ApiRequest.post(path(code), params.toBody()), options).as(StaffInvitation.class);
    }

    /** Makes {@code roles} exactly the platform roles the person holds. */
    public StaffMember setRoles(String code, String memberId, List<String> roles) {
        return setRoles(code, memberId, roles, RequestOptions.none());
    }

    public StaffMember setRoles(String code, String memberId, List<String> roles, RequestOptions options) {
        return transport.execute(ApiRequest.put(path(code) + "/" + ApiRequest.segment(memberId) + "/roles",
                Map.of("roles", List.copyOf(roles))), options).as(StaffMember.class);
    }

    /** Ends a leaver's assignments and deletes their account and sessions; records keep the id as their author. */
    public void remove(String code, String memberId) {
        remove(code, memberId, RequestOptions.none());
    }

    public void remove(String code, String memberId, RequestOptions options) {
        transport.execute(ApiRequest.delete(path(code) + "/" + ApiRequest.segment(memberId)), options);
    }

    private static String path(String code) {
        return "/admin/v1/tenants/" + ApiRequest.segment(code) + "/staff";
    }
}
