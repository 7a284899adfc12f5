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
            "vendor-app", "resident");
    private static final String MARKER = "jiceng.managed";

    private final Keycloak keycloak;

    public RealmProvisioner(String keycloakUrl, String adminUser, String adminPassword) {
        this.keycloak = Keycloak.getInstance(keycloakUrl, "master", adminUser, adminPassword, "admin-cli");
    }

    public static String realmName(String tenantCode) {
        return "jiceng-" + tenantCode;
    }

    /** Ensures the tenant's realm with the platform roles exists. */
    public RealmResource ensureRealm(String tenantCode, String displayName) {
        String name = realmName(tenantCode);
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
        for (String role : ROLES) {
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
        RealmResource realm = keycloak.realm(realmName(tenantCode));
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
