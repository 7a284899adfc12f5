package org.jiceng.admin.keycloak;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates and maintains tenant realms ({@code jiceng-<tenant>}) through Keycloak's admin API: the platform's realm
 * roles, and clients whose access tokens carry the platform audience. Every operation is idempotent; a realm
 * of that name that the platform did not create is refused rather than adopted.
 */
public final class RealmProvisioner implements AutoCloseable {
    /** The audience every platform access token must carry. */
    public static final String AUDIENCE = "jiceng-api";
    /** Realm roles the platform maps to permissions. */
    public static final List<String> ROLES = List.of("tenant-admin", "grid-manager", "street-officer",
            "community-worker", "grid-worker", "department-officer", "party-secretary", "volunteer-coordinator",
            "vendor-app", "resident", "party-member");
    private static final String MARKER = "jiceng.managed";
    private static final String MARKER_CLIENT = "jiceng.client";

    private final Keycloak keycloak;

    public RealmProvisioner(String keycloakUrl, String adminUser, String adminPassword) {
        this.keycloak = Keycloak.getInstance(keycloakUrl, "master", adminUser, adminPassword, "admin-cli");
    }

    public static String realmName(String tenantCode) {
        return "jiceng-" + tenantCode;
    }

    /** The platform admins' realm. */
    public static final String PLATFORM_REALM = "jiceng-platform";
    /** The one role of the platform realm that opens {@code /admin}. */
    public static final String PLATFORM_ADMIN_ROLE = "platform-admin";

    /** Whether the tenant's realm exists (ours or not). */
    public boolean realmExists(String tenantCode) {
        return find(realmName(tenantCode)).isPresent();
    }

    /** Ensures the tenant's realm with the platform roles exists. */
    public RealmResource ensureRealm(String tenantCode, String displayName) {
        return ensureRealmNamed(realmName(tenantCode), displayName, ROLES);
    }

    /**
     * Ensures the platform admins' realm with its {@value #PLATFORM_ADMIN_ROLE} role and a machine client holding
     * it; returns that client's secret.
     */
    public String ensurePlatformRealm(String clientId) {
        ensureRealmNamed(PLATFORM_REALM, "Jiceng platform administration", List.of(PLATFORM_ADMIN_ROLE));
        return ensureClientIn(PLATFORM_REALM, clientId, List.of(PLATFORM_ADMIN_ROLE), 0);
    }

    /** A further machine client of the platform realm with the given roles (none: authenticated, not an admin). */
    public String ensurePlatformClient(String clientId, List<String> roles) {
        return ensureClientIn(PLATFORM_REALM, clientId, roles, 0);
    }

    private RealmResource ensureRealmNamed(String name, String displayName, List<String> roles) {
        Optional<RealmRepresentation> existing = find(name);
        if (existing.isPresent()) {
            Map<String, String> attributes = existing.get().getAttributes();
            if (attributes == null || !"true".equals(attributes.get(MARKER))) {
                throw new IllegalStateException("Keycloak realm '" + name + "' exists but was not created by Jiceng; "
                        + "refusing to adopt it");
            }
        } else {
            RealmRepresentation realm = new RealmRepresentation();
            realm.setRealm(name);
            realm.setDisplayName(displayName);
            realm.setEnabled(true);
            realm.setAccessTokenLifespan(300);
            realm.setAttributes(Map.of(MARKER, "true"));
            keycloak.realms().create(realm);
        }
        RealmResource realm = keycloak.realm(name);
        for (String role : roles) {
            try {
                realm.roles().get(role).toRepresentation();
            } catch (NotFoundException missing) {
                realm.roles().create(new RoleRepresentation(role, null, false));
            }
        }
        return realm;
    }

    /**
     * Ensures a confidential client for machine access (client-credentials grant) whose service account holds
     * {@code roles}; returns its secret. {@code tokenLifespanSeconds} overrides the realm's when positive.
     */
    public String ensureServiceClient(String tenantCode, String clientId, List<String> roles, int tokenLifespanSeconds) {
        return ensureClientIn(realmName(tenantCode), clientId, roles, tokenLifespanSeconds);
    }

    private String ensureClientIn(String realmName, String clientId, List<String> roles, int tokenLifespanSeconds) {
        RealmResource realm = keycloak.realm(realmName);
        List<ClientRepresentation> found = realm.clients().findByClientId(clientId);
        String internalId;
        if (found.isEmpty()) {
            ClientRepresentation c = new ClientRepresentation();
            c.setClientId(clientId);
            c.setEnabled(true);
            c.setPublicClient(false);
            c.setServiceAccountsEnabled(true);
            c.setStandardFlowEnabled(false);
            c.setDirectAccessGrantsEnabled(false);
            c.setSecret(UUID.randomUUID().toString());
            Map<String, String> attributes = new HashMap<>();
            attributes.put(MARKER_CLIENT, "true");
            if (tokenLifespanSeconds > 0) {
                attributes.put("access.token.lifespan", Integer.toString(tokenLifespanSeconds));
            }
            c.setAttributes(attributes);
            c.setProtocolMappers(List.of(audienceMapper()));
            try (Response r = realm.clients().create(c)) {
                if (r.getStatus() != 201) {
                    throw new IllegalStateException("Keycloak refused client " + clientId + ": HTTP " + r.getStatus());
                }
            }
            internalId = realm.clients().findByClientId(clientId).get(0).getId();
        } else {
            internalId = found.get(0).getId();
        }
        ClientResource client = realm.clients().get(internalId);
        UserRepresentation account = client.getServiceAccountUser();
        List<RoleRepresentation> wanted = new ArrayList<>();
        for (String role : roles) {
            wanted.add(realm.roles().get(role).toRepresentation());
        }
        if (!wanted.isEmpty()) {
            realm.users().get(account.getId()).roles().realmLevel().add(wanted);
        }
        return client.getSecret().getValue();
    }

    /** Adds a new, higher-priority RSA signing key: new tokens are signed with it (key rotation). */
    public void rotateSigningKey(String tenantCode, long priority) {
        RealmResource realm = keycloak.realm(realmName(tenantCode));
        ComponentRepresentation key = new ComponentRepresentation();
        key.setName("rsa-rotated-" + priority);
        key.setProviderId("rsa-generated");
        key.setProviderType("org.keycloak.keys.KeyProvider");
        key.setParentId(realm.toRepresentation().getId());
        MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
        config.putSingle("priority", Long.toString(priority));
        config.putSingle("keySize", "2048");
        config.putSingle("algorithm", "RS256");
        key.setConfig(config);
        try (Response r = realm.components().add(key)) {
            if (r.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refused the new key: HTTP " + r.getStatus());
            }
        }
    }

    /** Whether the client exists in the tenant's realm. */
    public boolean clientExists(String tenantCode, String clientId) {
        return !keycloak.realm(realmName(tenantCode)).clients().findByClientId(clientId).isEmpty();
    }

    /**
     * Ensures a public client for a vendor's browser app (authorization code + PKCE S256) whose tokens carry the
     * platform audience, limited to the given origins.
     */
    public void ensureBrowserClient(String tenantCode, String clientId, List<String> origins) {
        RealmResource realm = keycloak.realm(realmName(tenantCode));
        List<ClientRepresentation> found = realm.clients().findByClientId(clientId);
        ClientRepresentation c = found.isEmpty() ? new ClientRepresentation() : found.get(0);
        c.setClientId(clientId);
        c.setEnabled(true);
        c.setPublicClient(true);
        c.setStandardFlowEnabled(true);
        c.setDirectAccessGrantsEnabled(false);
        c.setServiceAccountsEnabled(false);
        c.setWebOrigins(origins);
        c.setRedirectUris(origins.stream().map(o -> o + "/*").toList());
        Map<String, String> attributes = c.getAttributes() == null ? new HashMap<>() : new HashMap<>(c.getAttributes());
        attributes.put("pkce.code.challenge.method", "S256");
        attributes.put(MARKER_CLIENT, "true");
        attributes.put("post.logout.redirect.uris", String.join("##", origins.stream().map(o -> o + "/*").toList()));
        c.setAttributes(attributes);
        if (found.isEmpty()) {
            c.setProtocolMappers(List.of(audienceMapper()));
            try (Response r = realm.clients().create(c)) {
                if (r.getStatus() != 201) {
                    throw new IllegalStateException("Keycloak refused client " + clientId + ": HTTP " + r.getStatus());
                }
            }
        } else {
            realm.clients().get(c.getId()).update(c);
        }
    }

    /** The tenant realm's clients (client id → whether it is a confidential machine client). */
    public Map<String, String> listClients(String tenantCode) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (ClientRepresentation c : keycloak.realm(realmName(tenantCode)).clients().findAll()) {
            if (c.getAttributes() != null && "true".equals(c.getAttributes().get(MARKER_CLIENT))
                    || c.getProtocolMappers() != null && c.getProtocolMappers().stream()
                    .anyMatch(m -> "jiceng-api-audience".equals(m.getName()))) {
                out.put(c.getClientId(), Boolean.TRUE.equals(c.isPublicClient()) ? "browser (PKCE)"
                        : "machine (client credentials)");
            }
        }
        return out;
    }

    /** Issues a new secret for a machine client; the old one stops working at once. */
    public String rotateSecret(String tenantCode, String clientId) {
        RealmResource realm = keycloak.realm(realmName(tenantCode));
        List<ClientRepresentation> found = realm.clients().findByClientId(clientId);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No client '" + clientId + "' in realm " + realmName(tenantCode));
        }
        return realm.clients().get(found.get(0).getId()).generateNewSecret().getValue();
    }

    /**
     * Creates a person's account in the tenant's realm with the given realm roles and a temporary password that
     * must be changed at first login; returns the password, or empty when the user already exists.
     */
    public Optional<String> ensureUser(String tenantCode, String username, String email, List<String> roles) {
        RealmResource realm = keycloak.realm(realmName(tenantCode));
        if (!realm.users().searchByUsername(username, true).isEmpty()) {
            return Optional.empty();
        }
        String password = temporaryPassword();
        UserRepresentation u = new UserRepresentation();
        u.setUsername(username);
        u.setEmail(email);
        u.setEmailVerified(email != null);
        u.setEnabled(true);
        org.keycloak.representations.idm.CredentialRepresentation credential =
                new org.keycloak.representations.idm.CredentialRepresentation();
        credential.setType("password");
        credential.setValue(password);
        credential.setTemporary(true);
        u.setCredentials(List.of(credential));
        u.setRequiredActions(List.of("UPDATE_PASSWORD"));
        try (Response r = realm.users().create(u)) {
            if (r.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refused user " + username + ": HTTP " + r.getStatus());
            }
        }
        String id = realm.users().searchByUsername(username, true).get(0).getId();
        List<RoleRepresentation> wanted = new ArrayList<>();
        for (String role : roles) {
            wanted.add(realm.roles().get(role).toRepresentation());
        }
        realm.users().get(id).roles().realmLevel().add(wanted);
        return Optional.of(password);
    }

    /** The id of a person's account (the subject of their tokens), to assign them grids or departments. */
    public Optional<String> userId(String tenantCode, String username) {
        return keycloak.realm(realmName(tenantCode)).users().searchByUsername(username, true).stream()
                .map(UserRepresentation::getId).findFirst();
    }

    private static String temporaryPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    public void deleteRealm(String tenantCode) {
        if (find(realmName(tenantCode)).isPresent()) {
            keycloak.realm(realmName(tenantCode)).remove();
        }
    }

    private Optional<RealmRepresentation> find(String name) {
        try {
            return Optional.of(keycloak.realm(name).toRepresentation());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static ProtocolMapperRepresentation audienceMapper() {
        ProtocolMapperRepresentation m = new ProtocolMapperRepresentation();
        m.setName("jiceng-api-audience");
        m.setProtocol("openid-connect");
        m.setProtocolMapper("oidc-audience-mapper");
        m.setConfig(Map.of("included.custom.audience", AUDIENCE, "access.token.claim", "true",
                "id.token.claim", "false", "introspection.token.claim", "true"));
        return m;
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
