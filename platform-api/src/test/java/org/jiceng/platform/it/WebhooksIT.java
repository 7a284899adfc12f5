package org.jiceng.platform.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.svix.Webhook;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.ListParams;
import org.jiceng.sdk.cases.CaseCreateParams;
import org.jiceng.sdk.cases.CaseRecord;
import org.jiceng.sdk.errors.BadRequestException;
import org.jiceng.sdk.errors.ConflictException;
import org.jiceng.sdk.errors.NotFoundException;
import org.jiceng.sdk.grids.Grid;
import org.jiceng.sdk.grids.GridCreateParams;
import org.jiceng.sdk.grids.GridLevel;
import org.jiceng.sdk.webhooks.DeliveryState;
import org.jiceng.sdk.webhooks.WebhookDelivery;
import org.jiceng.sdk.webhooks.WebhookEndpoint;
import org.jiceng.sdk.webhooks.WebhookEndpointCreateParams;
import org.jiceng.sdk.webhooks.WebhookEndpointUpdateParams;
import org.jiceng.sdk.webhooks.Webhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks against the real platform and a receiver on loopback: signatures checked by an independent
 * implementation of Standard Webhooks (Svix's), scoping, retries, 410, failing endpoints, rotation, redelivery,
 * redirects and refused targets, and another tenant's and another client's view.
 */
class WebhooksIT extends AgainstPlatform {
    private static final AtomicInteger STREETS = new AtomicInteger(200);
    private static final AtomicInteger PATHS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SOON = Duration.ofSeconds(20);

    URL base;
    JicengClient admin;
    JicengClient vendor;
    JicengClient otherVendor;
    JicengClient beta;
    Grid street;
    WebhookReceiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        base = PlatformEnvironment.local(deployed);
        admin = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-admin");
        vendor = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor");
        otherVendor = Tenants.client(base, PlatformEnvironment.ALPHA, "alpha-vendor2");
        beta = Tenants.client(base, PlatformEnvironment.BETA, "beta-admin");
        Grid root = Tenants.alphaRoot(admin);
        int segment = STREETS.getAndIncrement();
        street = admin.grids().create(GridCreateParams.builder().parentId(root.id()).level(GridLevel.STREET)
                .code(root.code() + segment).name("回调街道 " + segment).build());
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    private static String path() {
        return "/hooks/" + PATHS.incrementAndGet();
    }

    private WebhookEndpoint endpoint(JicengClient client, String path, String... types) {
        return client.webhookEndpoints().create(WebhookEndpointCreateParams.builder().url(receiver.url(path))
                .eventTypes(List.of(types)).description("供应商后台").build());
    }

    private CaseRecord file(JicengClient client, String title) {
        return client.cases().report(CaseCreateParams.builder().title(title).description("消防通道")
                .categoryCode("OTHER").gridId(street.id()).reporterExternalId("wx-" + System.nanoTime())
                .reporterContact("李四", "13900139000").build());
    }

    private static JsonNode json(WebhookReceiver.Received r) {
        try {
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void svixVerifies(String secret, WebhookReceiver.Received r) throws Exception {
        new Webhook(secret).verify(r.text(), r.headers());
    }

    private static WebhookDelivery awaitDelivery(Supplier<WebhookDelivery> read, DeliveryState state)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(SOON);
        WebhookDelivery d = read.get();
        while (d.state() != state && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            d = read.get();
        }
        assertEquals(state, d.state(), "delivery " + d.id() + ": " + d.attemptLog());
        return d;
    }

    @Test
    void aVendorsEndpointReceivesItsCasesEventsSignedPerStandardWebhooks() throws Exception {
        String path = path();
        WebhookEndpoint e = endpoint(vendor, path, "case.*");
        assertTrue(e.secret().orElseThrow().startsWith("whsec_"));
        assertFalse(vendor.webhookEndpoints().retrieve(e.id()).secret().isPresent(), "the secret is shown once");
        CaseRecord mine = file(vendor, "回调-我的");
        CaseRecord theirs = file(otherVendor, "回调-别家");
        admin.cases().accept(admin.cases().retrieve(mine.id()), null);

        WebhookReceiver.Received reported = receiver.await(path, r -> json(r).path("type").asText()
                .equals("case.reported"), SOON);
        receiver.await(path, r -> json(r).path("type").asText().equals("case.accepted"), SOON);
        JsonNode body = json(reported);
        assertEquals("case/" + mine.id(), body.path("subject").asText());
        assertEquals(body.path("id").asText(), reported.header("webhook-id"), "webhook-id is the event's id");
        assertEquals("application/json", reported.header("content-type"));
        svixVerifies(e.secret().get(), reported);
        Webhooks.verifyHeaders(reported.body(), reported.headers(), e.secret().get());
        assertFalse(reported.text().contains("13900139000") || reported.text().contains("李四"), "no personal data");
        Thread.sleep(1_000);
        assertTrue(receiver.at(path).stream().noneMatch(r -> r.text().contains(theirs.id())),
                "another app's case never reaches this endpoint");
        List<WebhookDelivery> log = vendor.webhookEndpoints().listDeliveries(e.id(), ListParams.none()).stream()
                .toList();
        assertTrue(log.stream().anyMatch(d -> d.messageId().equals(reported.header("webhook-id"))
                && d.state() == DeliveryState.DELIVERED && d.attempts() == 1), "log: " + log);
    }

    @Test
    void aFailingReceiverIsRetriedWithTheSameIdUntilItAnswers2xx() throws Exception {
        String path = path();
        receiver.script(path, WebhookReceiver.Answer.of(503), WebhookReceiver.Answer.of(500),
                WebhookReceiver.Answer.of(200));
        WebhookEndpoint e = endpoint(vendor, path, "webhook.ping");
        WebhookDelivery ping = vendor.webhookEndpoints().ping(e.id());
        WebhookDelivery done = awaitDelivery(() -> vendor.webhookEndpoints().retrieveDelivery(e.id(), ping.id()),
                DeliveryState.DELIVERED);
        List<WebhookReceiver.Received> got = receiver.at(path);
        assertEquals(3, got.size());
        assertEquals(1, got.stream().map(r -> r.header("webhook-id")).distinct().count(), "one id on every attempt");
        assertEquals(3, done.attemptLog().orElseThrow().size());
        assertEquals(List.of(503, 500, 200), done.attemptLog().get().stream().map(a -> a.status().orElse(0)).toList());
        assertTrue(Duration.between(got.get(0).at(), got.get(1).at()).toMillis() >= 900, "waited before retrying");
        assertTrue(done.attemptLog().get().get(0).responseExcerpt().orElse("").contains("503"));

        Http.Reply metrics = Http.get(new URL(base, "/metrics").toString(), null);
        assertEquals(200, metrics.status(), metrics.body());
        for (String name : List.of("jiceng_webhook_deliveries", "retry_scheduled", "jiceng_webhook_endpoints_disabled",
                "jiceng_webhook_delivery_lag_seconds", "jiceng_events_feed_lag_transactions")) {
            assertTrue(metrics.body().contains(name), name + " in " + metrics.body().lines().filter(l -> l.contains(
                    "jiceng")).toList());
        }
    }

    @Test
    void a410DisablesTheEndpointAndRedirectsAreNotFollowed() throws Exception {
        String gone = path();
        receiver.script(gone, WebhookReceiver.Answer.of(410));
        WebhookEndpoint e = endpoint(vendor, gone, "webhook.ping");
        WebhookDelivery ping = vendor.webhookEndpoints().ping(e.id());
        awaitDelivery(() -> vendor.webhookEndpoints().retrieveDelivery(e.id(), ping.id()), DeliveryState.FAILED);
        WebhookEndpoint disabled = vendor.webhookEndpoints().retrieve(e.id());
        assertFalse(disabled.enabled());
        assertTrue(disabled.disabledReason().orElse("").contains("410"), disabled.toString());
        assertThrows(ConflictException.class, () -> vendor.webhookEndpoints().ping(e.id()));
        WebhookEndpoint again = vendor.webhookEndpoints().update(disabled, WebhookEndpointUpdateParams.builder()
                .enabled(true).build());
        assertTrue(again.enabled());

        String moved = path();
        String elsewhere = path();
        receiver.script(moved, new WebhookReceiver.Answer(302, Map.of("Location", receiver.url(elsewhere))));
        WebhookEndpoint redirecting = endpoint(vendor, moved, "webhook.ping");
        WebhookDelivery p = vendor.webhookEndpoints().ping(redirecting.id());
        Instant deadline = Instant.now().plus(SOON);
        while (receiver.at(moved).size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        WebhookDelivery d = vendor.webhookEndpoints().retrieveDelivery(redirecting.id(), p.id());
        assertTrue(d.attemptLog().orElseThrow().stream().allMatch(a -> a.status().orElse(0) == 302), d.toString());
        assertTrue(receiver.at(elsewhere).isEmpty(), "the redirect was not followed");
    }

    @Test
    void anEndpointThatFailsEverythingForTooLongIsDisabled() throws Exception {
        String path = path();
        receiver.script(path, WebhookReceiver.Answer.of(500));
        WebhookEndpoint e = endpoint(admin, path, "webhook.ping");
        WebhookDelivery first = admin.webhookEndpoints().ping(e.id());
        awaitDelivery(() -> admin.webhookEndpoints().retrieveDelivery(e.id(), first.id()), DeliveryState.FAILED);
        assertTrue(admin.webhookEndpoints().retrieve(e.id()).failingSince().isPresent());
        Thread.sleep(5_000); // past the tests' eight seconds of failing
        WebhookDelivery second = admin.webhookEndpoints().ping(e.id());
        Instant deadline = Instant.now().plus(SOON);
        WebhookEndpoint now = admin.webhookEndpoints().retrieve(e.id());
        while (now.enabled() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            now = admin.webhookEndpoints().retrieve(e.id());
        }
        assertFalse(now.enabled(), "disabled after failing for longer than allowed");
        assertTrue(now.disabledReason().orElse("").contains("failed"), now.toString());
        List<org.jiceng.sdk.events.CloudEvent> disabledEvents = new java.util.ArrayList<>();
        admin.events().autoPager(org.jiceng.sdk.events.EventListParams.builder().types("webhook_endpoint.disabled")
                .limit(500).build()).forEach(disabledEvents::add);
        assertTrue(disabledEvents.stream().anyMatch(ev -> ev.subject().equals("webhook_endpoint/" + e.id())),
                "the tenant's administrators hear of it: " + disabledEvents);
        assertEquals(DeliveryState.FAILED, admin.webhookEndpoints().retrieveDelivery(e.id(), second.id()).state());
    }

    @Test
    void duringARotationBothSecretsSignAndAfterwardsOnlyTheNewOne() throws Exception {
        String path = path();
        WebhookEndpoint e = endpoint(vendor, path, "webhook.ping");
        String old = e.secret().orElseThrow();
        WebhookEndpoint rotated = vendor.webhookEndpoints().rotateSecret(e, Duration.ofMinutes(5));
        String fresh = rotated.secret().orElseThrow();
        assertFalse(fresh.equals(old));
        assertTrue(rotated.previousSecretExpiresAt().isPresent());
        WebhookDelivery p1 = vendor.webhookEndpoints().ping(e.id());
        WebhookReceiver.Received during = receiver.await(path, r -> r.header("webhook-id").equals(p1.messageId()),
                SOON);
        assertEquals(2, during.header("webhook-signature").split(" ").length);
        svixVerifies(old, during);
        svixVerifies(fresh, during);

        WebhookEndpoint cut = vendor.webhookEndpoints().rotateSecret(rotated, Duration.ZERO);
        WebhookDelivery p2 = vendor.webhookEndpoints().ping(e.id());
        WebhookReceiver.Received after = receiver.await(path, r -> r.header("webhook-id").equals(p2.messageId()),
                SOON);
        svixVerifies(cut.secret().orElseThrow(), after);
        assertThrows(com.svix.exceptions.WebhookVerificationException.class, () -> svixVerifies(fresh, after));
        assertThrows(BadRequestException.class, () -> vendor.webhookEndpoints().rotateSecret(cut,
                Duration.ofDays(8)));
    }

    @Test
    void aDeliveryCanBeSentAgainWithTheSameId() throws Exception {
        String path = path();
        WebhookEndpoint e = endpoint(vendor, path, "webhook.ping");
        WebhookDelivery ping = vendor.webhookEndpoints().ping(e.id());
        awaitDelivery(() -> vendor.webhookEndpoints().retrieveDelivery(e.id(), ping.id()), DeliveryState.DELIVERED);
        vendor.webhookEndpoints().redeliver(e.id(), ping.id());
        Instant deadline = Instant.now().plus(SOON);
        while (receiver.at(path).size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(2, receiver.at(path).size());
        assertEquals(ping.messageId(), receiver.at(path).get(1).header("webhook-id"));
    }

    @Test
    void targetsInsidePrivateNetworksOrWithoutHttpsAreRefused() {
        for (String url : List.of("https://10.1.2.3/hook", "https://192.168.0.10/hook", "https://172.16.5.4/hook",
                "https://169.254.169.254/latest/meta-data", "https://[fc00::1]/hook", "https://[fe80::1]/hook",
                "https://0.0.0.0/hook", "https://100.64.0.1/hook", "http://vendor.example.cn/hook",
                "ftp://vendor.example.cn/hook", "https://user:pw@vendor.example.cn/hook", "not a url",
                "https://no-such-host.invalid/hook")) {
            BadRequestException refused = assertThrows(BadRequestException.class, () -> vendor.webhookEndpoints()
                    .create(WebhookEndpointCreateParams.builder().url(url).build()), url);
            assertTrue(refused.getMessage().contains("url"), url + ": " + refused.getMessage());
        }
        WebhookEndpoint e = endpoint(vendor, path());
        assertThrows(BadRequestException.class, () -> vendor.webhookEndpoints().update(e,
                WebhookEndpointUpdateParams.builder().url("https://10.0.0.1/").build()));
        assertThrows(BadRequestException.class, () -> vendor.webhookEndpoints().create(WebhookEndpointCreateParams
                .builder().url(receiver.url("/x")).eventTypes(List.of("Case!")).build()));
        assertThrows(BadRequestException.class, () -> vendor.webhookEndpoints().create(WebhookEndpointCreateParams
                .builder().url(receiver.url("/x")).description("长".repeat(501)).build()));
    }

    @Test
    void badInputToEndpointsIs4xxProblemJsonAndChangesNothing() {
        WebhookEndpoint e = endpoint(vendor, path(), "webhook.ping");
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-vendor");
        String url = base + "api/v1/webhook-endpoints";
        Http.Reply malformed = Http.send("POST", url, token, "application/json", "{\"url\":".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
        Http.Reply noUrl = Http.send("POST", url, token, "application/json", "{}".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, noUrl.status(), noUrl.body());
        for (String query : List.of("?limit=0", "?limit=501", "?cursor=forged")) {
            Http.Reply r = Http.get(url + query, token);
            assertEquals(400, r.status(), query + ": " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), query);
        }
        assertEquals(400, Http.get(url + "/" + e.id() + "/deliveries?limit=0", token).status());
        Http.Reply stale = Http.send("PATCH", url + "/" + e.id(), token, "application/merge-patch+json",
                "{\"description\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), "If-Match", "\"99\"");
        assertEquals(412, stale.status(), stale.body());
        assertThrows(BadRequestException.class, () -> vendor.webhookEndpoints().rotateSecret(e,
                Duration.ofSeconds(-1)));
        assertThrows(NotFoundException.class, () -> vendor.webhookEndpoints().retrieve("not-an-id"));
        WebhookEndpoint same = vendor.webhookEndpoints().retrieve(e.id());
        assertEquals(e.version(), same.version(), "nothing half-written");
        assertEquals("供应商后台", same.description().orElseThrow());
        WebhookEndpoint cleared = vendor.webhookEndpoints().update(same, WebhookEndpointUpdateParams.builder()
                .description("").build());
        assertFalse(cleared.description().isPresent(), "a blank description clears it");
    }

    @Test
    void anotherClientOrTenantFindsNoSuchEndpoint() throws Exception {
        WebhookEndpoint e = endpoint(vendor, path(), "webhook.ping");
        WebhookDelivery ping = vendor.webhookEndpoints().ping(e.id());
        for (JicengClient stranger : List.of(otherVendor, beta)) {
            assertThrows(NotFoundException.class, () -> stranger.webhookEndpoints().retrieve(e.id()));
            assertThrows(NotFoundException.class, () -> stranger.webhookEndpoints().update(e,
                    WebhookEndpointUpdateParams.builder().description("x").build()));
            assertThrows(NotFoundException.class, () -> stranger.webhookEndpoints().rotateSecret(e));
            assertThrows(NotFoundException.class, () -> stranger.webhookEndpoints().ping(e.id()));
            assertThrows(NotFoundException.class, () -> stranger.webhookEndpoints().listDeliveries(e.id(),
                    ListParams.none()));
            assertThrows(NotFoundException.class, () -> stranger.webhookEndpoints().retrieveDelivery(e.id(),
                    ping.id()));
            assertThrows(NotFoundException.class, () -> stranger.webhookEndpoints().redeliver(e.id(), ping.id()));
            assertThrows(NotFoundException.class, () -> stranger.webhookEndpoints().delete(e));
            assertTrue(stranger.webhookEndpoints().list(ListParams.none()).stream()
                    .noneMatch(x -> x.id().equals(e.id())));
        }
        assertTrue(admin.webhookEndpoints().list(ListParams.none()).stream().anyMatch(x -> x.id().equals(e.id())),
                "the tenant's administrator sees every endpoint");
        assertThrows(NotFoundException.class, () -> vendor.webhookEndpoints().retrieveDelivery(e.id(),
                "not-an-id"));
        String token = Tenants.token(PlatformEnvironment.ALPHA, "alpha-vendor");
        Http.Reply noIfMatch = Http.send("DELETE", base + "api/v1/webhook-endpoints/" + e.id(), token, null, null);
        assertEquals(428, noIfMatch.status(), noIfMatch.body());
        vendor.webhookEndpoints().delete(vendor.webhookEndpoints().retrieve(e.id()));
        assertThrows(NotFoundException.class, () -> vendor.webhookEndpoints().retrieve(e.id()));
    }
}
