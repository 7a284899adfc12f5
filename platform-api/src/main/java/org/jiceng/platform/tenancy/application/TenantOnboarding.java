package org.jiceng.platform.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.audit.AccessLog;
import org.jiceng.platform.shared.audit.AccessLogEntry;
import org.jiceng.platform.shared.security.PlatformAdmin;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.tenancy.domain.IdentityRealms;
import org.jiceng.platform.tenancy.domain.IdentityRealms.ProvisionedRealm;

import java.util.List;
import java.util.Optional;

/**
 * Onboards a district or city from the platform itself: its identity realm with the platform's roles, a machine
 * client, the console's client and a first tenant admin, then its registration. The same steps as the CLI's, with
 * the same provisioner. Bad input is refused before anything is created; when a step fails, a realm this call
 * created is removed again, so a retry starts clean.
 */
@ApplicationScoped
public class TenantOnboarding {
    @Inject
    TenantAdministration tenants;
    @Inject
    IdentityRealms realms;
    @Inject
    AccessLog accessLog;

    /**
     * @param tenant         the registration; its issuer is the realm's and need not be given
     * @param consoleOrigins where the console is served, for its client's redirect URIs
     */
    public record Onboarding(NewTenant tenant, String adminUsername, String adminEmail, List<String> consoleOrigins) {
    }

    /** What onboarding made; secrets and the temporary password appear only when this call created them. */
    public record Onboarded(Tenant tenant, ProvisionedRealm realm, Optional<String> adminUsername) {
    }

    public Onboarded onboard(Onboarding o, PlatformAdmin by, String requestId) {
        NewTenant n = o.tenant();
        StaffRules.username("adminUsername", o.adminUsername());
        StaffRules.email("adminEmail", o.adminEmail());
        if (!realms.available()) {
            realms.realmExists(n.code()); // explains that this platform manages no realm
        }
        NewTenant withIssuer = new NewTenant(n.code(), n.name(), n.kind(), n.divisionCode(),
                Tenant.isValidCode(n.code()) ? realms.issuerOf(n.code()) : null, n.locale(), n.timeZone(),
                n.caseNumberPrefix(), n.allowedOrigins(), n.rateLimitPerMinute(), n.caseReopenDays(), n.scoreWeights(),
                n.verificationSeparation(), n.contactRetentionDays());
        tenants.checked(withIssuer); // 400 or 409 before Keycloak is touched
        boolean realmCreated = !realms.realmExists(n.code());
        try {
            ProvisionedRealm realm = realms.provision(new IdentityRealms.RealmRequest(n.code(), n.name().strip(),
                    o.adminUsername(), o.adminEmail(), n.allowedOrigins() == null ? List.of() : n.allowedOrigins(),
                    o.consoleOrigins()));
            Tenant tenant = tenants.register(withIssuer, by, requestId);
            accessLog.append(new AccessLogEntry(tenant.id(), by.issuer(), by.subject(), by.clientId(),
                    "tenant.onboarded", "tenant", tenant.id(), null, "{\"realmCreated\":" + realmCreated + "}",
                    requestId));
            return new Onboarded(tenant, realm, Optional.ofNullable(o.adminUsername()));
        } catch (RuntimeException e) {
            if (realmCreated) {
                try {
                    realms.remove(n.code());
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
    }
}
