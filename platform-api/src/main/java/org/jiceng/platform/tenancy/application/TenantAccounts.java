package org.jiceng.platform.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.audit.AccessLog;
import org.jiceng.platform.shared.audit.AccessLogEntry;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.security.PlatformAdmin;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.tenancy.domain.IdentityRealms;
import org.jiceng.platform.tenancy.domain.IdentityRealms.ApiClient;
import org.jiceng.platform.tenancy.domain.IdentityRealms.StaffMember;

import java.util.List;
import java.util.Optional;

/**
 * A tenant's people and machine clients in its identity realm, managed by platform admins: invite staff with
 * roles, change their roles, remove leavers; create machine clients and rotate their secrets. Only for tenants
 * whose realm this platform provisions (the tenant's issuer is the realm's); every change lands in the access log.
 */
@ApplicationScoped
public class TenantAccounts {
    @Inject
    TenantAdministration tenants;
    @Inject
    IdentityRealms realms;
    @Inject
    AccessLog accessLog;
    @Inject
    org.jiceng.platform.casework.application.Assignments assignments;

    /** Who acts: a platform admin, or a tenant's own administrator (for the access log). */
    public record Actor(String issuer, String subject, String clientId) {
        public static Actor of(PlatformAdmin admin) {
            return new Actor(admin.issuer(), admin.subject(), admin.clientId());
        }
    }

    /** An invitation's result: the account and its temporary password, shown once. */
    public record Invited(StaffMember member, String temporaryPassword) {
    }

    public List<StaffMember> staff(String code, String search, int first, int max) {
        return realms.staff(managed(code).id(), search == null ? null : search.strip(), first, max);
    }

    public Invited invite(String code, String username, String email, List<String> roles, Actor by,
                          String requestId) {
        Tenant tenant = managed(code);
        StaffRules.username("username", username);
        StaffRules.email("email", email);
        List<String> wanted = StaffRules.roles("roles", roles, realms.roles());
        String password = realms.invite(tenant.id(), username, email == null || email.isBlank() ? null : email.strip(),
                wanted).orElseThrow(() -> new StateConflict("User '" + username + "' exists in this tenant"));
        StaffMember member = realms.userId(tenant.id(), username).flatMap(id -> realms.staffMember(tenant.id(), id))
                .orElseThrow();
        log(tenant, by, "staff.invited", member.id(), "{\"roles\":" + json(wanted) + "}", requestId);
        return new Invited(member, password);
    }

    public StaffMember setRoles(String code, String memberId, List<String> roles, Actor by, String requestId) {
        Tenant tenant = managed(code);
        List<String> wanted = StaffRules.roles("roles", roles, realms.roles());
        member(tenant, memberId);
        realms.setRoles(tenant.id(), memberId, wanted);
        log(tenant, by, "staff.roles-changed", memberId, "{\"roles\":" + json(wanted) + "}", requestId);
        return member(tenant, memberId);
    }

    /**
     * Ends the person's assignments, then deletes the account and its sessions; tokens already issued expire within
     * the realm's lifespan (5 min).
     */
    public void remove(String code, String memberId, Actor by, String requestId) {
        Tenant tenant = managed(code);
        member(tenant, memberId);
        int ended = assignments.endAllOf(tenant.id(), memberId);
        realms.removeStaffMember(tenant.id(), memberId);
        log(tenant, by, "staff.removed", memberId, "{\"assignmentsEnded\":" + ended + "}", requestId);
    }

    public List<ApiClient> clients(String code) {
        return realms.clients(managed(code).id());
    }

    /**
     * Whether the tenant's realm has an enabled machine client of this id; empty where the platform cannot look (it
     * holds no Keycloak service account, or the realm is not one it manages).
     */
    public Optional<Boolean> hasMachineClient(String code, String clientId) {
        Tenant tenant = tenants.get(code);
        if (!isManaged(tenant)) {
            return Optional.empty();
        }
        return Optional.of(realms.clients(tenant.id()).stream().anyMatch(c -> c.clientId().equals(clientId)
                && !c.browser() && c.enabled()));
    }

    /** Creates a machine client; returns it and its secret (shown once). */
    public String createClient(String code, String clientId, List<String> roles, Actor by, String requestId) {
        Tenant tenant = managed(code);
        StaffRules.clientId(clientId);
        List<String> wanted = StaffRules.roles("roles", roles, realms.roles());
        if (realms.clientExists(tenant.id(), clientId)) {
            throw new StateConflict("Client '" + clientId + "' exists; rotate its secret for a new one");
        }
        String secret = realms.createMachineClient(tenant.id(), clientId, wanted);
        log(tenant, by, "client.created", clientId, "{\"roles\":" + json(wanted) + "}", requestId);
        return secret;
    }

    public String rotateSecret(String code, String clientId, Actor by, String requestId) {
        Tenant tenant = managed(code);
        String secret = realms.rotateSecret(tenant.id(), clientId)
                .orElseThrow(() -> new RecordNotFound("Machine client", clientId));
        log(tenant, by, "client.secret-rotated", clientId, null, requestId);
        return secret;
    }

    public Optional<ApiClient> client(String code, String clientId) {
        return clients(code).stream().filter(c -> c.clientId().equals(clientId)).findFirst();
    }

    private StaffMember member(Tenant tenant, String memberId) {
        if (memberId == null || !memberId.matches("[0-9a-fA-F-]{36}")) {
            throw new RecordNotFound("Staff member", String.valueOf(memberId));
        }
        return realms.staffMember(tenant.id(), memberId)
                .orElseThrow(() -> new RecordNotFound("Staff member", memberId));
    }

    /** The tenant, when its realm is one this platform provisions. */
    private Tenant managed(String code) {
        Tenant tenant = tenants.get(code);
        if (!isManaged(tenant)) {
            throw new StateConflict("The identity realm of tenant '" + code + "' is not managed by this platform");
        }
        return tenant;
    }

    private boolean isManaged(Tenant tenant) {
        return realms.available() && tenant.issuer().equals(realms.issuerOf(tenant.id()));
    }

    /** Logs that the actor read these people's e-mails unmasked (a tenant administrator with pii:read). */
    public void logEmailsRead(String code, List<String> memberIds, Actor by, String requestId) {
        if (!memberIds.isEmpty()) {
            accessLog.append(new AccessLogEntry(code, by.issuer(), by.subject(), by.clientId(), "pii.read", "staff",
                    String.join(",", memberIds), List.of("email"), null, requestId));
        }
    }

    private void log(Tenant tenant, Actor by, String action, String target, String detail, String requestId) {
        accessLog.append(new AccessLogEntry(tenant.id(), by.issuer(), by.subject(), by.clientId(), action,
                action.startsWith("staff") ? "staff" : "client", target, null, detail, requestId));
    }

    private static String json(List<String> values) {
        jakarta.json.JsonArrayBuilder b = jakarta.json.Json.createArrayBuilder();
        values.forEach(b::add);
        return b.build().toString();
    }
}
