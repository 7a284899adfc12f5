package org.jiceng.keycloak;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static org.jiceng.keycloak.KeycloakAdminApi.seg;

/**
 * Creates and maintains the platform's realms in Keycloak: tenant realms ({@code jiceng-<tenant>}) with the
 * platform's realm roles, their machine and browser clients (whose access tokens carry the platform audience),
 * the people of a tenant, and the platform admins' realm. Shared by the admin CLI and the platform itself, so it
 * needs nothing but the JDK's HttpClient and JSON-P.
 *
 * <p>It acts either as a master-realm administrator (the CLI, with the operator's credentials) or as the
 * platform's own service account ({@link #asServiceAccount}), which holds only {@code create-realm} and the
 * management roles of the {@code jiceng-*} realms (see {@link #ensureProvisionerAccount}). Every operation is
 * idempotent, touches only realms named {@code jiceng-*}, and refuses a realm of such a name that Jiceng did not
 * create rather than adopting it.
 */
public final class RealmProvisioner implements AutoCloseable {
    /** The audience every platform access token must carry. */
    public static final String AUDIENCE = "jiceng-api";
    /** Realm roles the platform maps to permissions. */
    public static final List<String> ROLES = List.of("tenant-admin", "grid-manager", "street-officer",
            "community-worker", "grid-worker", "department-officer", "party-secretary", "volunteer-coordinator",
            "vendor-app", "resident", "party-member");
    /** The platform admins' realm. */
    public static final String PLATFORM_REALM = "jiceng-platform";
    /** The one role of the platform realm that opens {@code /admin}. */
    public static final String PLATFORM_ADMIN_ROLE = "platform-admin";
    /** The prefix of every realm the provisioner may touch. */
    public static final String REALM_PREFIX = "jiceng-";
    /**
     * What the platform's service account may do in each {@code jiceng-*} realm (roles of the realm's client in
     * the master realm): manage the realm, its clients and its users. Not impersonation, identity providers or
     * authorisation services.
     */
    static final List<String> PROVISIONER_REALM_ROLES = List.of("view-realm", "manage-realm", "view-clients",
            "manage-clients", "query-clients", "view-users", "manage-users", "query-users", "query-groups");
    private static final String MARKER = "jiceng.managed";
    private static final String MARKER_CLIENT = "jiceng.client";
    private static final String AUDIENCE_MAPPER = "jiceng-api-audience";

    private final KeycloakAdminApi api;

    private RealmProvisioner(KeycloakAdminApi api) {
        this.api = api;
    }

    /** Acts as an administrator of the master realm (the operator's credentials, used by the CLI). */
    public RealmProvisioner(String keycloakUrl, String adminUser, String adminPassword) {
        this(new KeycloakAdminApi(keycloakUrl, Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", adminUser, "password", adminPassword)));
    }

    /** Acts as a confidential client of the master realm: the platform's own service account. */
    public static RealmProvisioner asServiceAccount(String keycloakUrl, String clientId, String secret) {
        return new RealmProvisioner(new KeycloakAdminApi(keycloakUrl, Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)));
    }

    public static String realmName(String tenantCode) {
        return REALM_PREFIX + tenantCode;
    }

    private static String realmPath(String name) {
        if (!name.startsWith(REALM_PREFIX)) {
            throw new IllegalArgumentException("only jiceng-* realms are provisioned, not '" + name + "'");
        }
        return "/" + seg(name);
    }

    /** Whether the tenant's realm exists (ours or not; one this account may not see counts as existing). */
    public boolean realmExists(String tenantCode) {
        return realmState(realmName(tenantCode)) != RealmState.ABSENT;
    }

    private enum RealmState { ABSENT, OURS, FOREIGN }

    private RealmState realmState(String name) {
        try {
            return api.find(realmPath(name)).map(r -> {
                JsonObject attributes = r.asJsonObject().getJsonObject("attributes");
                return attributes != null && "true".equals(attributes.getString(MARKER, null))
                        ? RealmState.OURS : RealmState.FOREIGN;
            }).orElse(RealmState.ABSENT);
        } catch (KeycloakAdminException e) {
            if (e.status() == 403) {
                return RealmState.FOREIGN; // it exists and is not ours to manage
            }
            throw e;
        }
    }

    /** Ensures the tenant's realm with the platform roles exists. */
    public void ensureRealm(String tenantCode, String displayName) {
        ensureRealmNamed(realmName(tenantCode), displayName, ROLES);
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

    private void ensureRealmNamed(String name, String displayName, List<String> roles) {
        switch (realmState(name)) {
            case FOREIGN -> throw new IllegalStateException("Keycloak realm '" + name + "' exists but was not "
                    + "created by Jiceng; refusing to adopt it");
            case ABSENT -> {
                api.post("", Json.createObjectBuilder().add("realm", name).add("displayName", displayName)
                        .add("enabled", true).add("accessTokenLifespan", 300)
                        .add("attributes", Json.createObjectBuilder().add(MARKER, "true")).build());
                api.renewToken(); // a service account that created the realm now holds roles in it
            }
            case OURS -> { }
        }
        for (String role : roles) {
            if (api.find(realmPath(name) + "/roles/" + seg(role)).isEmpty()) {
                api.post(realmPath(name) + "/roles", Json.createObjectBuilder().add("name", role).build());
            }
        }
    }

    /**
     * Ensures a confidential client for machine access (client-credentials grant) whose service account holds
     * {@code roles}; returns its secret. {@code tokenLifespanSeconds} overrides the realm's when positive.
     */
    public String ensureServiceClient(String tenantCode, String clientId, List<String> roles, int tokenLifespanSeconds) {
        return ensureClientIn(realmName(tenantCode), clientId, roles, tokenLifespanSeconds);
    }

    private String ensureClientIn(String realm, String clientId, List<String> roles, int tokenLifespanSeconds) {
        String path = realmPath(realm);
        String id = findClient(realm, clientId).map(c -> c.getString("id")).orElseGet(() -> {
            JsonObjectBuilder attributes = Json.createObjectBuilder().add(MARKER_CLIENT, "true");
            if (tokenLifespanSeconds > 0) {
                attributes.add("access.token.lifespan", Integer.toString(tokenLifespanSeconds));
            }
            api.post(path + "/clients", Json.createObjectBuilder().add("clientId", clientId).add("enabled", true)
                    .add("publicClient", false).add("serviceAccountsEnabled", true).add("standardFlowEnabled", false)
                    .add("directAccessGrantsEnabled", false).add("secret", UUID.randomUUID().toString())
                    .add("attributes", attributes)
                    .add("protocolMappers", Json.createArrayBuilder().add(audienceMapper())).build());
            return findClient(realm, clientId).orElseThrow().getString("id");
        });
        String account = api.get(path + "/clients/" + seg(id) + "/service-account-user").asJsonObject()
                .getString("id");
        addRealmRoles(realm, account, roles);
        return api.get(path + "/clients/" + seg(id) + "/client-secret").asJsonObject().getString("value");
    }

    private Optional<JsonObject> findClient(String realm, String clientId) {
        JsonArray found = api.get(realmPath(realm) + "/clients?clientId=" + seg(clientId)).asJsonArray();
        return found.stream().map(JsonValue::asJsonObject)
                .filter(c -> clientId.equals(c.getString("clientId", null))).findFirst();
    }

    private void addRealmRoles(String realm, String userId, List<String> roles) {
        if (roles.isEmpty()) {
            return;
        }
        api.post(realmPath(realm) + "/users/" + seg(userId) + "/role-mappings/realm", roleArray(realm, roles));
    }

    private JsonArray roleArray(String realm, List<String> roles) {
        JsonArrayBuilder wanted = Json.createArrayBuilder();
        for (String role : roles) {
            wanted.add(api.get(realmPath(realm) + "/roles/" + seg(role)));
        }
        return wanted.build();
    }

    /** Adds a new, higher-priority RSA signing key: new tokens are signed with it (key rotation). */
    public void rotateSigningKey(String tenantCode, long priority) {
        String realm = realmName(tenantCode);
        String realmId = api.get(realmPath(realm)).asJsonObject().getString("id");
        api.post(realmPath(realm) + "/components", Json.createObjectBuilder().add("name", "rsa-rotated-" + priority)
                .add("providerId", "rsa-generated").add("providerType", "org.keycloak.keys.KeyProvider")
                .add("parentId", realmId)
                .add("config", Json.createObjectBuilder()
                        .add("priority", Json.createArrayBuilder().add(Long.toString(priority)))
                        .add("keySize", Json.createArrayBuilder().add("2048"))
                        .add("algorithm", Json.createArrayBuilder().add("RS256"))).build());
    }

    /** Whether the client exists in the tenant's realm. */
    public boolean clientExists(String tenantCode, String clientId) {
        return findClient(realmName(tenantCode), clientId).isPresent();
    }

    /**
     * Ensures a public client for a browser app (authorization code + PKCE S256) whose tokens carry the platform
     * audience, with redirect and post-logout URIs under the given origins.
     */
    public void ensureBrowserClient(String tenantCode, String clientId, List<String> origins) {
        ensureBrowserClientIn(realmName(tenantCode), clientId, origins);
    }

    /** The same public client in the platform admins' realm (the console's). */
    public void ensurePlatformBrowserClient(String clientId, List<String> origins) {
        ensureBrowserClientIn(PLATFORM_REALM, clientId, origins);
    }

    private void ensureBrowserClientIn(String realm, String clientId, List<String> origins) {
        Optional<JsonObject> found = findClient(realm, clientId);
        JsonArrayBuilder webOrigins = Json.createArrayBuilder();
        JsonArrayBuilder redirects = Json.createArrayBuilder();
        origins.forEach(o -> {
            webOrigins.add(o);
            redirects.add(o + "/*");
        });
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        found.map(c -> c.getJsonObject("attributes")).ifPresent(a -> a.forEach(attributes::add));
        attributes.add("pkce.code.challenge.method", "S256").add(MARKER_CLIENT, "true")
                .add("post.logout.redirect.uris", String.join("##", origins.stream().map(o -> o + "/*").toList()));
        JsonObjectBuilder c = found.map(Json::createObjectBuilder).orElseGet(Json::createObjectBuilder)
                .add("clientId", clientId).add("enabled", true).add("publicClient", true)
                .add("standardFlowEnabled", true).add("directAccessGrantsEnabled", false)
                .add("serviceAccountsEnabled", false).add("webOrigins", webOrigins).add("redirectUris", redirects)
                .add("attributes", attributes);
        if (found.isEmpty()) {
            api.post(realmPath(realm) + "/clients",
                    c.add("protocolMappers", Json.createArrayBuilder().add(audienceMapper())).build());
        } else {
            api.put(realmPath(realm) + "/clients/" + seg(found.get().getString("id")), c.build());
        }
    }

    /** The tenant realm's platform clients (client id → "browser (PKCE)" or "machine (client credentials)"). */
    public Map<String, String> listClients(String tenantCode) {
        Map<String, String> out = new TreeMap<>();
        for (ApiClient c : clients(tenantCode)) {
            out.put(c.clientId(), c.browser() ? "browser (PKCE)" : "machine (client credentials)");
        }
        return out;
    }

    /** A client of a tenant realm that obtains platform tokens, with the realm roles of its service account. */
    public record ApiClient(String clientId, boolean browser, boolean enabled, List<String> roles,
                            List<String> origins) {
    }

    /** The tenant realm's clients whose tokens carry the platform audience, ordered by client id. */
    public List<ApiClient> clients(String tenantCode) {
        String realm = realmName(tenantCode);
        List<ApiClient> out = new ArrayList<>();
        for (JsonValue v : api.get(realmPath(realm) + "/clients").asJsonArray()) {
            JsonObject c = v.asJsonObject();
            JsonObject attributes = c.getJsonObject("attributes");
            boolean marked = attributes != null && "true".equals(attributes.getString(MARKER_CLIENT, null));
            boolean audience = c.containsKey("protocolMappers") && c.getJsonArray("protocolMappers").stream()
                    .anyMatch(m -> AUDIENCE_MAPPER.equals(m.asJsonObject().getString("name", null)));
            if (!marked && !audience) {
                continue;
            }
            boolean browser = c.getBoolean("publicClient", false);
            List<String> roles = List.of();
            if (!browser && c.getBoolean("serviceAccountsEnabled", false)) {
                String account = api.get(realmPath(realm) + "/clients/" + seg(c.getString("id"))
                        + "/service-account-user").asJsonObject().getString("id");
                roles = realmRolesOf(realm, account);
            }
            out.add(new ApiClient(c.getString("clientId"), browser, c.getBoolean("enabled", true), roles,
                    strings(c.getJsonArray("webOrigins"))));
        }
        out.sort(java.util.Comparator.comparing(ApiClient::clientId));
        return out;
    }

    /** Issues a new secret for a machine client; the old one stops working at once. */
    public String rotateSecret(String tenantCode, String clientId) {
        String realm = realmName(tenantCode);
        JsonObject client = findClient(realm, clientId)
                .filter(c -> !c.getBoolean("publicClient", false))
                .orElseThrow(() -> new IllegalArgumentException("No machine client '" + clientId + "' in realm "
                        + realm));
        return api.postForJson(realmPath(realm) + "/clients/" + seg(client.getString("id")) + "/client-secret",
                JsonValue.EMPTY_JSON_OBJECT).asJsonObject().getString("value");
    }

    /**
     * Creates a person's account in the tenant's realm with the given realm roles and a temporary password that
     * must be changed at first login; returns the password, or empty when the user already exists.
     */
    public Optional<String> ensureUser(String tenantCode, String username, String email, List<String> roles) {
        String realm = realmName(tenantCode);
        if (userId(tenantCode, username).isPresent()) {
            return Optional.empty();
        }
        String password = temporaryPassword();
        JsonObjectBuilder u = Json.createObjectBuilder().add("username", username).add("enabled", true)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", true)))
                .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"));
        if (email != null && !email.isBlank()) {
            u.add("email", email).add("emailVerified", true);
        }
        String id = api.post(realmPath(realm) + "/users", u.build())
                .orElseGet(() -> userId(tenantCode, username).orElseThrow());
        addRealmRoles(realm, id, roles);
        return Optional.of(password);
    }

    /** The id of a person's account (the subject of their tokens), to assign them grids or departments. */
    public Optional<String> userId(String tenantCode, String username) {
        return api.get(realmPath(realmName(tenantCode)) + "/users?exact=true&briefRepresentation=true&username="
                        + seg(username)).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(u -> username.equalsIgnoreCase(u.getString("username", null)))
                .map(u -> u.getString("id")).findFirst();
    }

    /** A person's account in a tenant realm, with the platform roles it holds. */
    public record StaffAccount(String id, String username, String email, boolean enabled, List<String> roles,
                               Instant createdAt, boolean mustChangePassword) {
    }

    /** One page of the realm's people (service accounts excluded), ordered as Keycloak lists them. */
    public List<StaffAccount> users(String tenantCode, String search, int first, int max) {
        String realm = realmName(tenantCode);
        String query = "/users?briefRepresentation=false&first=" + first + "&max=" + max
                + (search == null || search.isBlank() ? "" : "&search=" + seg(search));
        List<StaffAccount> out = new ArrayList<>();
        for (JsonValue v : api.get(realmPath(realm) + query).asJsonArray()) {
            JsonObject u = v.asJsonObject();
            if (u.getString("username", "").startsWith("service-account-")) {
                continue;
            }
            out.add(account(realm, u));
        }
        return out;
    }

    /** One person's account by id. */
    public Optional<StaffAccount> user(String tenantCode, String userId) {
        String realm = realmName(tenantCode);
        return api.find(realmPath(realm) + "/users/" + seg(userId)).map(JsonValue::asJsonObject)
                .filter(u -> !u.getString("username", "").startsWith("service-account-"))
                .map(u -> account(realm, u));
    }

    private StaffAccount account(String realm, JsonObject u) {
        JsonArray actions = u.getJsonArray("requiredActions");
        return new StaffAccount(u.getString("id"), u.getString("username"), u.getString("email", null),
                u.getBoolean("enabled", true), realmRolesOf(realm, u.getString("id")),
                u.containsKey("createdTimestamp")
                        ? Instant.ofEpochMilli(u.getJsonNumber("createdTimestamp").longValue()) : null,
                actions != null && actions.stream().anyMatch(a -> "UPDATE_PASSWORD".equals(((JsonString) a).getString())));
    }

    private List<String> realmRolesOf(String realm, String userId) {
        return api.get(realmPath(realm) + "/users/" + seg(userId) + "/role-mappings/realm").asJsonArray().stream()
                .map(r -> r.asJsonObject().getString("name")).filter(ROLES::contains).sorted().toList();
    }

    /** Makes the person's platform roles exactly {@code roles}; other realm roles are left alone. */
    public void setRoles(String tenantCode, String userId, List<String> roles) {
        String realm = realmName(tenantCode);
        List<String> current = realmRolesOf(realm, userId);
        List<String> remove = current.stream().filter(r -> !roles.contains(r)).toList();
        List<String> add = roles.stream().filter(r -> !current.contains(r)).distinct().toList();
        if (!remove.isEmpty()) {
            api.delete(realmPath(realm) + "/users/" + seg(userId) + "/role-mappings/realm", roleArray(realm, remove));
        }
        addRealmRoles(realm, userId, add);
    }

    /** Removes a leaver: the account and its sessions are deleted; records keep its id as their author. */
    public void removeUser(String tenantCode, String userId) {
        api.delete(realmPath(realmName(tenantCode)) + "/users/" + seg(userId), null);
    }

    /** Deletes the tenant's realm when it is ours and this account may manage it; returns whether it did. */
    public boolean deleteRealm(String tenantCode) {
        String realm = realmName(tenantCode);
        if (realmState(realm) != RealmState.OURS) {
            return false;
        }
        api.delete(realmPath(realm), null);
        return true;
    }

    /**
     * Ensures the platform's own service account: a confidential client of the master realm holding
     * {@code create-realm} (a realm it creates is its to manage, as Keycloak grants creators) and
     * {@link #PROVISIONER_REALM_ROLES} in every tenant realm that exists now — never in {@value #PLATFORM_REALM}.
     * Call it again after creating tenant realms with other credentials. Needs a master-realm administrator;
     * returns the client's secret.
     */
    public String ensureProvisionerAccount(String clientId) {
        Optional<JsonObject> found = api.get("/master/clients?clientId=" + seg(clientId)).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(c -> clientId.equals(c.getString("clientId", null)))
                .findFirst();
        String id = found.map(c -> c.getString("id")).orElseGet(() -> {
            api.post("/master/clients", Json.createObjectBuilder().add("clientId", clientId).add("enabled", true)
                    .add("publicClient", false).add("serviceAccountsEnabled", true)
                    .add("standardFlowEnabled", false).add("directAccessGrantsEnabled", false)
                    .add("secret", UUID.randomUUID().toString()).add("description",
                            "Jiceng platform: creates and manages jiceng-* realms").build());
            return api.get("/master/clients?clientId=" + seg(clientId)).asJsonArray().getJsonObject(0)
                    .getString("id");
        });
        String account = api.get("/master/clients/" + seg(id) + "/service-account-user").asJsonObject()
                .getString("id");
        api.post("/master/users/" + seg(account) + "/role-mappings/realm",
                Json.createArrayBuilder().add(api.get("/master/roles/create-realm")).build());
        for (JsonValue realm : api.get("?briefRepresentation=true").asJsonArray()) {
            String name = realm.asJsonObject().getString("realm");
            // the platform admins' realm stays out of reach: the account must not make platform admins
            if (name.startsWith(REALM_PREFIX) && !name.equals(PLATFORM_REALM) && realmState(name) == RealmState.OURS) {
                grantRealm(account, name);
            }
        }
        return api.get("/master/clients/" + seg(id) + "/client-secret").asJsonObject().getString("value");
    }

    /**
     * Lets the platform's service account, when one exists, manage a tenant realm made with other credentials
     * (the CLI's); returns whether there was one. Needs a master-realm administrator.
     */
    public boolean shareWithProvisioner(String provisionerClientId, String tenantCode) {
        Optional<JsonObject> client = api.get("/master/clients?clientId=" + seg(provisionerClientId)).asJsonArray()
                .stream().map(JsonValue::asJsonObject)
                .filter(c -> provisionerClientId.equals(c.getString("clientId", null))).findFirst();
        if (client.isEmpty()) {
            return false;
        }
        String account = api.get("/master/clients/" + seg(client.get().getString("id")) + "/service-account-user")
                .asJsonObject().getString("id");
        grantRealm(account, realmName(tenantCode));
        return true;
    }

    private void grantRealm(String account, String realm) {
        JsonObject adminClient = api.get("/master/clients?clientId=" + seg(realm + "-realm")).asJsonArray()
                .getJsonObject(0);
        String path = "/master/clients/" + seg(adminClient.getString("id")) + "/roles/";
        JsonArrayBuilder roles = Json.createArrayBuilder();
        PROVISIONER_REALM_ROLES.forEach(r -> roles.add(api.get(path + seg(r))));
        api.post("/master/users/" + seg(account) + "/role-mappings/clients/" + seg(adminClient.getString("id")),
                roles.build());
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }

    private static String temporaryPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static JsonObject audienceMapper() {
        return Json.createObjectBuilder().add("name", AUDIENCE_MAPPER).add("protocol", "openid-connect")
                .add("protocolMapper", "oidc-audience-mapper")
                .add("config", Json.createObjectBuilder().add("included.custom.audience", AUDIENCE)
                        .add("access.token.claim", "true").add("id.token.claim", "false")
                        .add("introspection.token.claim", "true")).build();
    }

    @Override
    public void close() {
        // the JDK HttpClient needs no closing on Java 17
    }
}
