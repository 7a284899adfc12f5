package org.jiceng.platform.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.admin.runtime.Processes;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.cases.CaseStats;
import org.jiceng.sdk.cases.CaseStatsParams;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.webhooks.WebhookEndpoint;
import org.jiceng.sdk.webhooks.WebhookEndpointCreateParams;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Spring Boot example ({@code examples/spring-boot}) as a district runs it: its own JVM, configured only
 * through {@code jiceng.*}, against this platform. It reports the platform in its health, files a case, ranks its
 * streets with the same figures {@code cases:stats} gives, and receives the case's event as a verified webhook.
 */
class SpringBootExampleIT extends AgainstPlatform {

    @Test
    void aDistrictsSpringBootAppFilesACaseRanksItsStreetsAndHearsOfTheCase() throws Exception {
        Path jar = Commands.repositoryRoot().resolve("examples/spring-boot/target/jiceng-example-spring-boot.jar");
        assertTrue(Files.isRegularFile(jar), "build the example first: " + jar);
        PlatformEnvironment.State env = PlatformEnvironment.state();
        JicengClient admin = Tenants.client(PlatformEnvironment.local(deployed), PlatformEnvironment.ALPHA,
                "alpha-admin");
        Grid root = Tenants.alphaRoot(admin);
        Grid street = admin.grids().create(GridCreateParams.builder().parentId(root.id()).level(GridLevel.STREET)
                .code(root.code() + "790").name("斯普林街道").build());

        java.net.URL base = PlatformEnvironment.local(deployed);
        int port = Processes.freePort();
        String app = "http://127.0.0.1:" + port;
        WebhookEndpoint endpoint = admin.webhookEndpoints().create(WebhookEndpointCreateParams.builder()
                .url(app + "/jiceng/webhooks").eventTypes(List.of("case.*")).description("区级 Spring Boot 应用")
                .build());

        Path log = Files.createTempFile("spring-boot-example", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-jar", jar.toString(), "--server.port=" + port,
                "--jiceng.base-url=" + PlatformEnvironment.local(deployed).toString().replaceAll("/+$", ""),
                // the test platform is deployed below a context path; the runtime's health is at the server's root
                "--jiceng.health-url=" + base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()
                        + "/health/ready",
                "--jiceng.issuer=" + env.issuer(PlatformEnvironment.ALPHA), "--jiceng.client-id=alpha-admin",
                "--jiceng.client-secret=" + env.secret("alpha-admin"),
                "--jiceng.webhook.secret=" + endpoint.secret().orElseThrow()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            JsonNode health = awaitHealth(app, process, log);
            assertEquals("UP", health.path("components").path("jiceng").path("status").asText(), health.toString());

            Http.Reply filed = Http.json("POST", app + "/cases", null, "{\"gridId\":\"" + street.id() + "\","
                    + "\"categoryCode\":\"NOISE\",\"title\":\"夜间施工噪音\",\"description\":\"工地夜里十一点后仍在施工\"}");
            assertEquals(201, filed.status(), filed.body());
            String caseId = filed.json().path("id").asText();
            assertTrue(filed.json().path("number").asText().contains("-"), filed.body());

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            Http.Reply rates = Http.get(app + "/streets/rates?from=" + today.minusDays(1) + "&to=" + today.plusDays(1),
                    null);
            assertEquals(200, rates.status(), rates.body());
            CaseStats stats = admin.cases().stats(CaseStatsParams.builder().groupBy(GridLevel.STREET)
                    .from(today.minusDays(1)).to(today.plusDays(1)).build());
            CaseStats.Group expected = stats.groups().stream().filter(g -> g.gridId().equals(street.id()))
                    .findFirst().orElseThrow();
            JsonNode line = null;
            for (JsonNode n : rates.json()) {
                if (street.id().equals(n.path("gridId").asText())) {
                    line = n;
                }
            }
            assertTrue(line != null, "the new street is ranked: " + rates.body());
            assertEquals(1, line.path("reported").asLong());
            assertEquals(expected.reported(), line.path("reported").asLong());
            assertEquals(expected.responseRate().orElse(null), line.path("responseRate").isNull() ? null
                    : line.path("responseRate").asDouble());
            assertEquals(expected.rank().orElse(null), line.path("rank").isNull() ? null : line.path("rank").asInt());

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                Http.Reply received = Http.get(app + "/jiceng/webhooks/received", null);
                boolean heard = false;
                for (JsonNode e : received.json()) {
                    heard |= "case.reported".equals(e.path("type").asText())
                            && ("case/" + caseId).equals(e.path("subject").asText());
                }
                if (heard) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    fail("no verified case.reported webhook for " + caseId + ": " + received.body());
                }
                Thread.sleep(300);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(log);
        }
    }

    private static JsonNode awaitHealth(String app, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the example exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                Http.Reply health = Http.get(app + "/actuator/health", null);
                if (health.status() == 200 || health.status() == 503) {
                    return health.json();
                }
            } catch (Exception | AssertionError notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        fail("the example did not start:\n" + Files.readString(log));
        return null;
    }
}
