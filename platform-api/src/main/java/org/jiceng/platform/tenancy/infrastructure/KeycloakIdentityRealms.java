package org.jiceng.platform.tenancy.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiceng.keycloak.KeycloakAdminException;
import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.platform.shared.api.Problem;
import org.jiceng.platform.shared.api.ProblemException;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.tenancy.domain.IdentityRealms;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenants' realms through the shared {@link RealmProvisioner}, acting as the platform's own Keycloak service
 * account ({@code jiceng.keycloak.provisioner-client-id} / {@code -secret} of the master realm at
 * {@code jiceng.keycloak.admin-url}). Without a secret the platform manages no realm at all. Keycloak being down
 * answers 503; Keycloak refusing what was asked answers 409 with its reason.
 */
@ApplicationScoped
public class KeycloakIdentityRealms implements IdentityRealms {
    /** The machine client onboarding creates in every tenant realm, holding {@code tenant-admin}. */
    static final String MACHINE_SUFFIX = "-admin";
    static final String CONSOLE_CLIENT = "jiceng-console";

    @Inject
    @ConfigProperty(name = "jiceng.keycloak.admin-url")
    Optional<String> adminUrl;
    @Inject
    @ConfigProperty(name = "jiceng.keycloak.provisioner-client-id", defaultValue = "jiceng-provisioner")
    String clientId;
    @Inject
    @ConfigProperty(name = "jiceng.keycloak.provisioner-secret")
    Optional<String> secret;
    @Inject
    PlatformConfig config;

    private RealmProvisioner provisioner;

    @PostConstruct
    void connect() {
        if (adminUrl.isPresent() && secret.filter(s -> !s.isBlank()).isPresent()) {
            provisioner = RealmProvisioner.asServiceAccount(adminUrl.get(), clientId, secret.get());
        }
    }

    @Override
    public List<String> roles() {
        return RealmProvisioner.ROLES;
    }

    @Override
    public boolean available() {
        return provisioner != null;
    }

    @Override
    public String issuerOf(String tenantCode) {
        // tenants' issuers sit beside the platform realm's, at Keycloak's public address
        String platformIssuer = config.platformIssuer().orElseThrow(() -> new StateConflict(
                "jiceng.platform.issuer is not set: the platform cannot tell tenants' issuers"));
        String base = platformIssuer.substring(0, platformIssuer.lastIndexOf("/realms/"));
        return base + "/realms/" + RealmProvisioner.realmName(tenantCode);
    }

    @Override
    public boolean realmExists(String tenantCode) {
        return call(() -> keycloak().realmExists(tenantCode));
    }

    @Override
    public ProvisionedRealm provision(RealmRequest r) {
        return call(() -> {
            RealmProvisioner k = keycloak();
            k.ensureRealm(r.code(), r.name());
            String machine = r.code() + MACHINE_SUFFIX;
            boolean machineExisted = k.clientExists(r.code(), machine);
            String machineSecret = k.ensureServiceClient(r.code(), machine, List.of("tenant-admin"), 0);
            Optional<String> password = r.adminUsername() == null ? Optional.empty()
                    : k.ensureUser(r.code(), r.adminUsername(), r.adminEmail(), List.of("tenant-admin"));
            Optional<String> browser = Optional.empty();
            if (!r.browserOrigins().isEmpty()) {
                browser = Optional.of(r.code() + "-web");
                k.ensureBrowserClient(r.code(), browser.get(), r.browserOrigins());
            }
            if (!r.consoleOrigins().isEmpty()) {
                k.ensureBrowserClient(r.code(), CONSOLE_CLIENT, r.consoleOrigins());
            }
            return new ProvisionedRealm(issuerOf(r.code()), machine,
                    machineExisted ? Optional.empty() : Optional.of(machineSecret), password, browser);
        });
    }

    @Override
    public boolean remove(String tenantCode) {
        return call(() -> keycloak().deleteRealm(tenantCode));
    }

    @Override
    public List<ApiClient> clients(String tenantCode) {
        return call(() -> keycloak().clients(tenantCode).stream()
                .map(c -> new ApiClient(c.clientId(), c.browser(), c.enabled(), c.roles(), c.origins())).toList());
    }

    @Override
    public boolean clientExists(String tenantCode, String clientId) {
        return call(() -> keycloak().clientExists(tenantCode, clientId));
    }

    @Override
    public String createMachineClient(String tenantCode, String clientId, List<String> roles) {
        return call(() -> keycloak().ensureServiceClient(tenantCode, clientId, roles, 0));
    }

    @Override
    public Optional<String> rotateSecret(String tenantCode, String clientId) {
        return call(() -> {
            try {
                return Optional.of(keycloak().rotateSecret(tenantCode, clientId));
            } catch (IllegalArgumentException none) {
                return Optional.empty();
            }
        });
    }

    @Override
    public List<StaffMember> staff(String tenantCode, String search, int first, int max) {
        return call(() -> keycloak().users(tenantCode, search, first, max).stream().map(KeycloakIdentityRealms::member)
                .toList());
    }

    @Override
    public Optional<StaffMember> staffMember(String tenantCode, String id) {
        return call(() -> keycloak().user(tenantCode, id).map(KeycloakIdentityRealms::member));
    }

    @Override
    public Optional<String> invite(String tenantCode, String username, String email, List<String> roles) {
        return call(() -> keycloak().ensureUser(tenantCode, username, email, roles));
    }

    @Override
    public Optional<String> userId(String tenantCode, String username) {
        return call(() -> keycloak().userId(tenantCode, username));
    }

    @Override
    public void setRoles(String tenantCode, String userId, List<String> roles) {
        call(() -> {
            keycloak().setRoles(tenantCode, userId, roles);
            return null;
        });
    }

    @Override
    public void removeStaffMember(String tenantCode, String userId) {
        call(() -> {
            keycloak().removeUser(tenantCode, userId);
            return null;
        });
    }

    private static StaffMember member(RealmProvisioner.StaffAccount a) {
        return new StaffMember(a.id(), a.username(), a.email(), a.enabled(), a.roles(), a.createdAt(),
                a.mustChangePassword());
    }

    private RealmProvisioner keycloak() {
        if (provisioner == null) {
            throw new StateConflict("This platform holds no Keycloak service account "
                    + "(jiceng.keycloak.admin-url and jiceng.keycloak.provisioner-secret): realms are managed with "
                    + "the jiceng-admin CLI");
        }
        return provisioner;
    }

    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (KeycloakAdminException e) {
            if (e.status() == 0 || e.status() >= 500 || e.status() == 401) {
                throw new ProblemException(Problem.of(503, "identity-provider-unavailable", "Service Unavailable",
                        "Keycloak cannot be reached or refused the platform's service account; retry shortly"));
            }
            if (e.status() == 403) {
                throw new StateConflict("The platform's Keycloak service account may not manage this realm");
            }
            throw new StateConflict("Keycloak refused the change: " + e.getMessage());
        } catch (IllegalStateException e) {
            throw new StateConflict(e.getMessage());
        }
    }
}
