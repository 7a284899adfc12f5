package org.jiceng.platform.tenancy.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tenants' identity realms, as far as the platform may manage them: onboarding creates a tenant's realm with its
 * clients and first admin, and platform admins manage its people and machine clients afterwards. Only available
 * where the operator gave the platform a Keycloak service account; elsewhere {@link #available()} is false and
 * onboarding stays with the CLI.
 */
public interface IdentityRealms {

    /** Realm roles a tenant's people and clients can hold. */
    List<String> roles();

    boolean available();

    /** The issuer the tenant's tokens will carry. */
    String issuerOf(String tenantCode);

    boolean realmExists(String tenantCode);

    /**
     * Creates (or completes) the tenant's realm: the platform roles, the machine client {@code <code>-admin},
     * the console's client, the first tenant admin and, when origins are given, the vendor's browser client.
     */
    ProvisionedRealm provision(RealmRequest request);

    /** Deletes the tenant's realm when it is one the platform manages; returns whether it did. */
    boolean remove(String tenantCode);

    /** What a realm is created with. */
    record RealmRequest(String code, String name, String adminUsername, String adminEmail,
                        List<String> browserOrigins, List<String> consoleOrigins) {
    }

    /** Secrets and passwords are present only when this call created them: shown once, kept nowhere. */
    record ProvisionedRealm(String issuer, String machineClientId, Optional<String> machineClientSecret,
                            Optional<String> adminTemporaryPassword, Optional<String> browserClientId) {
    }

    /** A machine or browser client whose tokens reach the platform. */
    record ApiClient(String clientId, boolean browser, boolean enabled, List<String> roles, List<String> origins) {
    }

    List<ApiClient> clients(String tenantCode);

    boolean clientExists(String tenantCode, String clientId);

    /** Creates a machine client; returns its secret. */
    String createMachineClient(String tenantCode, String clientId, List<String> roles);

    /** A new secret; the old one stops working at once. Empty when there is no such machine client. */
    Optional<String> rotateSecret(String tenantCode, String clientId);

    /** A person's account in the tenant's realm. */
    record StaffMember(String id, String username, String email, boolean enabled, List<String> roles,
                       Instant createdAt, boolean mustChangePassword) {
    }

    List<StaffMember> staff(String tenantCode, String search, int first, int max);

    Optional<StaffMember> staffMember(String tenantCode, String id);

    /** Creates an account with a temporary password, returned; empty when the username is taken. */
    Optional<String> invite(String tenantCode, String username, String email, List<String> roles);

    Optional<String> userId(String tenantCode, String username);

    void setRoles(String tenantCode, String userId, List<String> roles);

    void removeStaffMember(String tenantCode, String userId);
}
