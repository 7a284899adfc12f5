package org.jiceng.platform.it;

import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.admin.runtime.PayaraServer;
import org.jiceng.admin.runtime.Processes;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform as operators run it: several Payara Micro instances on one database, restarted, misconfigured.
 * Each instance is a JVM of its own, started here with the settings the other tests' deployments get.
 */
@ExtendWith(PlatformEnvironment.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class InstancesIT {
    static PayaraServer first;
    static PayaraServer second;
    static Path work;

    /** What every instance of the test platform is started with, plus {@code extra}. */
    static List<String> settings(String... extra) {
        List<String> props = new ArrayList<>(Arrays.asList(System.getProperty("payara.cmdOptions").trim()
                .split("\\s+")));
        props.removeIf(p -> p.startsWith("-Xmx"));
        props.addAll(Arrays.asList(extra));
        return props;
    }

    static PayaraServer start(String name, String... extra) throws Exception {
        return PayaraServer.start(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("jiceng.war", "target/platform-api.war")).toAbsolutePath(),
                Processes.freePort(), settings(extra), Files.createDirectories(work.resolve(name)));
    }

    @BeforeAll
    static void startTwo() throws Exception {
        work = Path.of(System.getProperty("jiceng.work.dir", "target/it-work")).toAbsolutePath().resolve("instances");
        // the first logs as in production: a JSON line per request
        first = start("first", "-Djiceng.rate-limit.per-user-per-minute=3", "-Djiceng.log.format=json");
        // the second instance has tight limits, to see them act
        second = start("second", "-Djiceng.auth.failures-per-minute=5", "-Djiceng.db.statement-timeout-ms=2000",
                "-Djiceng.rate-limit.per-user-per-minute=3");
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    private static JicengClient client(PayaraServer on, String tenant, String clientId, String secret) {
        return JicengClient.builder().acceptLanguage("en").baseUrl(on.url())
                .clientCredentials(PlatformEnvironment.state().issuer(tenant), clientId, secret)
                .timeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void keysReplayNumbersNeverRepeatOrSkipAndASuspensionReachesBothInstances() throws Exception {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        String code = "zeta" + (System.nanoTime() % 100000);
        String secret;
        try (RealmProvisioner realms = env.provisioner()) {
            realms.ensureRealm(code, code);
            secret = realms.ensureServiceClient(code, code + "-admin", List.of("tenant-admin"), 0);
        }
        env.registrar().register(code, "Zeta", "320584", "DISTRICT", env.issuer(code));
        JicengClient onFirst = client(first, code, code + "-admin", secret);
        JicengClient onSecond = client(second, code, code + "-admin", secret);
        Grid root = onFirst.grids().create(GridCreateParams.builder().level(GridLevel.DISTRICT).code("320584")
                .name("Zeta").build());
        CaseCreateParams params = CaseCreateParams.builder().title("路灯").description("北门").categoryCode("OTHER")
                .gridId(root.id()).build();

        org.jiceng.sdk.RequestOptions key = org.jiceng.sdk.RequestOptions.builder()
                .idempotencyKey("zeta-" + UUID.randomUUID()).build();
        CaseRecord once = onFirst.cases().report(params, key);
        assertEquals(once.id(), onSecond.cases().report(params, key).id(), "the key replays on the other instance");

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            JicengClient on = i % 2 == 0 ? onFirst : onSecond;
            numbers.add(pool.submit(() -> on.cases().report(params).number()));
        }
        java.util.TreeSet<Integer> seqs = new java.util.TreeSet<>();
        seqs.add(sequence(once.number()));
        for (java.util.concurrent.Future<String> n : numbers) {
            assertTrue(seqs.add(sequence(n.get())), "never repeated: " + n.get());
        }
        pool.shutdown();
        assertEquals(41, seqs.size());
        assertEquals(seqs.last() - seqs.first() + 1, seqs.size(), "never skipped: " + seqs);

        JicengClient platform = JicengClient.builder().baseUrl(first.url()).clientCredentials(
                env.issuer(RealmProvisioner.PLATFORM_REALM), PlatformEnvironment.PLATFORM_ADMIN,
                env.secret(PlatformEnvironment.PLATFORM_ADMIN)).build();
        platform.tenants().suspend(code);
        try {
            String token = Http.token(env.issuer(code), code + "-admin", secret);
            for (PayaraServer on : List.of(first, second)) {
                Instant deadline = Instant.now().plusSeconds(5);
                int status = 0;
                while (Instant.now().isBefore(deadline)) {
                    status = Http.get(on.url() + "/api/v1/grids", token).status();
                    if (status == 401) {
                        break;
                    }
                    Thread.sleep(200);
                }
                assertEquals(401, status, "refused within seconds on " + on.url());
            }
        } finally {
            platform.tenants().resume(code);
        }
    }

    private static int sequence(String caseNumber) {
        return Integer.parseInt(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
    }

    @Test
    void relaysOnTwoInstancesSendEachWebhookOnce() throws Exception {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        String secret = env.secret("alpha-admin");
        JicengClient onFirst = client(first, PlatformEnvironment.ALPHA, "alpha-admin", secret);
        JicengClient onSecond = client(second, PlatformEnvironment.ALPHA, "alpha-admin", secret);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            org.jiceng.sdk.webhooks.WebhookEndpoint e = onFirst.webhookEndpoints().create(
                    org.jiceng.sdk.webhooks.WebhookEndpointCreateParams.builder().url(receiver.url("/both"))
                            .eventTypes(List.of("webhook.ping")).build());
            int pings = 40;
            java.util.Set<String> sent = new java.util.HashSet<>();
            for (int i = 0; i < pings; i++) {
                sent.add((i % 2 == 0 ? onFirst : onSecond).webhookEndpoints().ping(e.id()).messageId());
            }
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
            while (receiver.at("/both").size() < pings && java.time.Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            Thread.sleep(3_000); // time for a second sending, if there were one
            List<String> ids = receiver.at("/both").stream().map(r -> r.header("webhook-id")).toList();
            assertEquals(sent, new java.util.HashSet<>(ids), "every message arrived");
            assertEquals(pings, ids.size(), "and each once");
            onSecond.webhookEndpoints().delete(onSecond.webhookEndpoints().retrieve(e.id()));
        }
    }

    @Test
    void personalDataStaysReadableAcrossARolledBackKeyAnotherInstanceAndARestart() throws Exception {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        String code = "delta" + (System.nanoTime() % 100000);
        String secret;
        try (RealmProvisioner realms = env.provisioner()) {
            realms.ensureRealm(code, code);
            secret = realms.ensureServiceClient(code, code + "-admin", List.of("tenant-admin"), 0);
        }
        env.registrar().register(code, "Delta", "320583", "DISTRICT", env.issuer(code));
        JicengClient onFirst = client(first, code, code + "-admin", secret);
        Grid root = onFirst.grids().create(GridCreateParams.builder().level(GridLevel.DISTRICT).code("320583")
                .name("Delta").build());
        // the first sealing of the tenant happens in a request that is then refused and rolled back
        assertThrows(BadRequestException.class, () -> onFirst.cases().report(CaseCreateParams.builder()
                .title("匿名").description("带姓名").categoryCode("OTHER").anonymous(true)
                .reporterContact("李四", null).gridId(root.id()).build()));
        CaseRecord c = onFirst.cases().report(CaseCreateParams.builder().title("实名").description("水管漏水")
                .categoryCode("WATER_SUPPLY").reporterContact("王小红", "13900002222").gridId(root.id()).build());

        JicengClient onSecond = client(second, code, code + "-admin", secret);
        assertEquals("13900002222", onSecond.cases().retrieve(c.id()).reporterPhone().orElseThrow(),
                "another instance opens what the first sealed");
        assertEquals("王小红", onSecond.cases().retrieve(c.id()).reporterName().orElseThrow());

        first.close();
        // the first logs as in production: a JSON line per request
        first = start("first", "-Djiceng.rate-limit.per-user-per-minute=3", "-Djiceng.log.format=json");
        assertEquals("13900002222", client(first, code, code + "-admin", secret).cases().retrieve(c.id())
                .reporterPhone().orElseThrow(), "the restarted instance opens it too");
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last: it blocks this address on the second instance
    void anAddressThatKeepsPresentingBadTokensIsStoppedBeforeVerification() {
        String forged = "eyJhbGciOiJSUzI1NiJ9." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"https://unknown.example/realms/x" + UUID.randomUUID() + "\"}")
                        .getBytes(StandardCharsets.UTF_8)) + ".c2ln";
        // the instance allows five failed authentications a minute per address; earlier tests of this class may
        // have spent some of them (a suspended tenant's tokens), so the stop comes after at most five
        List<Integer> statuses = new ArrayList<>();
        Http.Reply stopped = null;
        for (int i = 0; i < 6 && (stopped == null || stopped.status() != 429); i++) {
            stopped = Http.get(second.url() + "/api/v1/me", forged);
            statuses.add(stopped.status());
        }
        assertEquals(429, stopped.status(), "stopped after at most five failures: " + statuses);
        assertTrue(statuses.subList(0, statuses.size() - 1).stream().allMatch(s -> s == 401), statuses.toString());
        assertTrue(stopped.header("Retry-After").isPresent());
        assertTrue(stopped.contentType().startsWith("application/problem+json"));
        assertEquals(401, Http.get(first.url() + "/api/v1/me", forged).status(), "counted per instance");
    }

    @Test
    void aStatementThatWaitsTooLongEndsIn503WithRetryAfter() throws Exception {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        JicengClient admin = client(second, PlatformEnvironment.ALPHA, "alpha-admin", env.secret("alpha-admin"));
        Grid root = Tenants.alphaRoot(admin);
        CaseRecord c = admin.cases().report(CaseCreateParams.builder().title("锁等待").description("测试")
                .categoryCode("OTHER").gridId(root.id()).build());
        try (Connection db = env.superConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement lock = db.prepareStatement("select 1 from case_record where id = cast(? as uuid) "
                    + "for update")) {
                lock.setString(1, c.id());
                lock.executeQuery().close();
            }
            String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
            Instant t0 = Instant.now();
            Http.Reply r = Http.json("POST", second.url() + "/api/v1/cases/" + c.id() + ":accept", token, "{}",
                    "If-Match", "\"" + c.version() + "\"");
            assertEquals(503, r.status(), r.body());
            assertEquals("2", r.header("Retry-After").orElse(""));
            assertTrue(Duration.between(t0, Instant.now()).toMillis() >= 1_500, "it waited for the timeout");
            db.rollback();
        }
        assertEquals(org.jiceng.sdk.cases.CaseStatus.ACCEPTED, admin.cases().accept(admin.cases().retrieve(c.id()),
                null).status(), "nothing half-done: the step runs once the lock is gone");
    }

    @Test
    void eachResidentAVendorActsForHasABudgetOfTheirOwn() {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        JicengClient vendor = client(second, PlatformEnvironment.ALPHA, "alpha-vendor", env.secret("alpha-vendor"));
        Grid root = Tenants.alphaRoot(client(second, PlatformEnvironment.ALPHA, "alpha-admin",
                env.secret("alpha-admin")));
        String resident = "wx-" + UUID.randomUUID();
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-vendor");
        String body = "{\"title\":\"噪音\",\"description\":\"夜间噪音\",\"categoryCode\":\"NOISE\",\"gridId\":\""
                + root.id() + "\",\"reporter\":{\"externalId\":\"" + resident + "\"}}";
        for (int i = 0; i < 3; i++) {
            Http.Reply ok = Http.json("POST", second.url() + "/api/v1/cases", token, body, "Jiceng-End-User", resident);
            assertEquals(201, ok.status(), ok.body());
        }
        Http.Reply limited = Http.json("POST", second.url() + "/api/v1/cases", token, body, "Jiceng-End-User",
                resident);
        assertEquals(429, limited.status(), limited.body());
        assertTrue(limited.header("Retry-After").isPresent());
        // another resident of the same app, and the app acting for itself, are not held back
        assertEquals(org.jiceng.sdk.cases.CaseStatus.REPORTED, vendor.cases().report(CaseCreateParams.builder()
                .title("停车").description("乱停车").categoryCode("PARKING").reporterExternalId("wx-" + UUID.randomUUID())
                .gridId(root.id()).build()).status(), "the SDK names the resident; a new one has a full budget");
        assertEquals(200, Http.get(second.url() + "/api/v1/me", token).status());

        // what Prometheus scrapes, without a token: the refusal and the cases filed, by tenant
        Http.Reply metrics = Http.get(second.url() + "/metrics", null);
        assertEquals(200, metrics.status(), metrics.body());
        assertTrue(metric(metrics.body(), "jiceng_rate_limit_refusals_total", "tenant=\"alpha\"") >= 1,
                metrics.body());
        assertTrue(metric(metrics.body(), "jiceng_cases_created_total", "tenant=\"alpha\"") >= 4, metrics.body());
        assertTrue(metric(metrics.body(), "jiceng_http_server_requests_seconds_count",
                "route=\"/api/v1/cases\"", "status=\"429\"") >= 1, metrics.body());
    }

    /** The sum of a Prometheus metric's samples whose labels include all of {@code labels}. */
    static double metric(String exposition, String name, String... labels) {
        return exposition.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void eachRequestIsOneJsonLogLineWithoutIdsOrPersonalDataAndIsMeasuredByItsRoute() throws Exception {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-admin");
        String requestId = "log-test-" + UUID.randomUUID();
        String missing = UUID.randomUUID().toString();
        Http.Reply notFound = Http.get(first.url() + "/api/v1/grids/" + missing + "?phone=13800138000", token,
                "X-Request-Id", requestId);
        assertEquals(404, notFound.status());
        assertEquals(requestId, notFound.header("X-Request-Id").orElseThrow());

        Path log = work.resolve("first").resolve("payara.log");
        com.fasterxml.jackson.databind.JsonNode line = null;
        for (int i = 0; i < 50 && line == null; i++) {
            for (String l : Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8)) {
                if (l.startsWith("{") && l.contains(requestId)) {
                    line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(l);
                    assertFalse(l.contains(missing), "no ids from the path: " + l);
                    assertFalse(l.contains("13800138000"), "no query string: " + l);
                    assertFalse(l.contains(token), l);
                }
            }
            Thread.sleep(100);
        }
        assertNotNull(line, "a JSON line for " + requestId + " in " + log);
        assertEquals("GET", line.path("method").asText());
        assertEquals("/api/v1/grids/{id}", line.path("route").asText());
        assertEquals(404, line.path("status").asInt());
        assertEquals("alpha", line.path("tenant").asText());
        assertEquals("alpha-admin", line.path("client").asText());
        assertTrue(line.path("latencyMs").asDouble() >= 0);
        assertTrue(java.time.Instant.parse(line.path("time").asText()).isBefore(java.time.Instant.now()));

        Http.Reply metrics = Http.get(first.url() + "/metrics", null);
        assertTrue(metric(metrics.body(), "jiceng_http_server_requests_seconds_bucket",
                "route=\"/api/v1/grids/{id}\"", "status=\"404\"", "le=\"+Inf\"") >= 1, metrics.body());
        assertTrue(metric(metrics.body(), "jiceng_db_pool_max_connections") > 0, metrics.body());
        assertTrue(metrics.body().contains("jiceng_db_connections{"), metrics.body());
        assertFalse(metrics.body().contains(missing), "no ids in labels");
        assertFalse(metrics.body().contains("H2Pool"), "the runtime's unused H2 pool is gone");
    }

    @Test
    void anEndUsersBudgetIsSharedByTheInstances() throws Exception {
        PlatformEnvironment.State env = PlatformEnvironment.state();
        Grid root = Tenants.alphaRoot(client(first, PlatformEnvironment.ALPHA, "alpha-admin",
                env.secret("alpha-admin")));
        String resident = "wx-shared-" + UUID.randomUUID();
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-vendor");
        String body = "{\"title\":\"噪音\",\"description\":\"夜间噪音\",\"categoryCode\":\"NOISE\",\"gridId\":\""
                + root.id() + "\",\"reporter\":{\"externalId\":\"" + resident + "\"}}";
        for (int i = 0; i < 2; i++) {
            assertEquals(201, Http.json("POST", first.url() + "/api/v1/cases", token, body, "Jiceng-End-User",
                    resident).status());
        }
        Thread.sleep(1_100);
        assertEquals(200, Http.get(first.url() + "/api/v1/me", token).status(), "the first instance shares");
        Thread.sleep(1_100);
        assertEquals(201, Http.json("POST", second.url() + "/api/v1/cases", token, body, "Jiceng-End-User",
                resident).status(), "the third of three, on the other instance");
        Http.Reply fourth = Http.json("POST", second.url() + "/api/v1/cases", token, body, "Jiceng-End-User",
                resident);
        assertEquals(429, fourth.status(), "the budget spent on both instances together: " + fourth.body());
    }

    @Test
    void productionRefusesToStartWithoutItsSecrets() throws Exception {
        List<String> props = settings();
        props.removeIf(p -> p.startsWith("-Djiceng.profile") || p.startsWith("-Djiceng.pii.master-key")
                || p.startsWith("-Djiceng.cursor.secret"));
        Path dir = Files.createDirectories(work.resolve("misconfigured"));
        Path log = dir.resolve("payara.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        cmd.addAll(props);
        cmd.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy",
                Path.of(System.getProperty("jiceng.war", "target/platform-api.war")).toAbsolutePath().toString(),
                "--contextroot", "/", "--port", Integer.toString(Processes.freePort()), "--nocluster", "--rootdir",
                dir.resolve("root").toString()));
        Process p = Processes.start(cmd, dir, log, java.util.Map.of());
        try {
            Instant deadline = Instant.now().plusSeconds(180);
            String text = "";
            while (Instant.now().isBefore(deadline) && !text.contains("Refusing to start")) {
                Thread.sleep(500);
                text = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
            }
            assertTrue(text.contains("Refusing to start"), "the log says why");
            assertTrue(text.contains("jiceng.pii.master-key") && text.contains("jiceng.cursor.secret"), text.length()
                    > 4000 ? text.substring(text.indexOf("Refusing to start")) : text);
            assertTrue(text.contains("plain http"), "the platform issuer is http here");
        } finally {
            Processes.stop(p, Duration.ofSeconds(10));
        }
    }
}
