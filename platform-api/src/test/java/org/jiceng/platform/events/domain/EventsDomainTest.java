package org.jiceng.platform.events.domain;

import org.jiceng.platform.events.application.EventData;

import com.svix.Webhook;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event family's rules as plain objects: type filters, public data, pages, signatures and the retry schedule. */
class EventsDomainTest {
    private static final RandomGenerator NO_JITTER = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return 0;
        }
    };

    @Test
    void typeFiltersTakeNamesFamiliesAndEverything() {
        EventTypes t = EventTypes.parse("types", "case.*, wish.confirmed");
        assertTrue(t.matches("case.dispatched"));
        assertTrue(t.matches("wish.confirmed"));
        assertFalse(t.matches("wish.posted"));
        assertFalse(t.matches("case-category.created"));
        assertEquals(List.of("case.%", "wish.confirmed"), t.likePatterns());
        assertTrue(EventTypes.parse("types", "*").everything());
        assertTrue(EventTypes.parse("types", null).everything());
        assertEquals(List.of("points\\_x.%"), EventTypes.parse("types", "points_x.*").likePatterns());
        for (String bad : List.of("Case", "case.*.x", "%", "case. x", "a".repeat(101))) {
            assertThrows(RuleViolation.class, () -> EventTypes.parse("types", bad), bad);
        }
    }

    @Test
    void onlyIdentifiersCodesStatesAndTimesLeaveThePlatform() {
        var data = EventData.publicFields("{\"id\":\"c\",\"number\":\"A-1\",\"status\":\"DISPATCHED\",\"gridId\":\"g\","
                + "\"title\":\"张三家漏水\",\"reporterName\":\"张三\",\"phone\":\"13800138000\",\"subject\":\"s\","
                + "\"note\":\"n\",\"nested\":{\"id\":\"x\"},\"departmentIds\":[\"d1\"],\"reporterExternalId\":\"wx\","
                + "\"amountFen\":100,\"dueAt\":\"2026-12-01T00:00:00Z\",\"list\":[{\"a\":1}]}");
        assertEquals(java.util.Set.of("id", "number", "status", "gridId", "departmentIds", "amountFen", "dueAt"),
                data.keySet());
        assertTrue(EventData.publicFields("not json").isEmpty());
        assertTrue(EventData.publicFields("[1,2]").isEmpty());
    }

    @Test
    void aPageContinuesAfterItsLastEventOrPastTheHorizonWhenCaughtUp() {
        FeedPosition after = new FeedPosition(10, 3);
        FeedEvent e1 = new FeedEvent("a", "t", "case", "c", OffsetDateTime.now(), "{}", new FeedPosition(11, 4));
        FeedEvent e2 = new FeedEvent("b", "t", "case", "c", OffsetDateTime.now(), "{}", new FeedPosition(12, 5));
        FeedPage full = FeedPage.of(List.of(e1, e2), 1, after, 50);
        assertTrue(full.hasMore());
        assertEquals(e1.position(), full.next());
        FeedPage caughtUp = FeedPage.of(List.of(e1), 1, after, 50);
        assertFalse(caughtUp.hasMore());
        assertEquals(new FeedPosition(49, Long.MAX_VALUE), caughtUp.next());
        FeedPage behind = FeedPage.of(List.of(), 5, new FeedPosition(60, 1), 50);
        assertEquals(new FeedPosition(60, 1), behind.next(), "never moves backwards");
        assertEquals(new FeedPosition(49, 7), FeedPosition.parse("49:7"));
        assertThrows(RuleViolation.class, () -> FeedPosition.parse("49"));
    }

    @Test
    void signaturesVerifyWithAnIndependentImplementationAndBothSecretsSignDuringARotation() throws Exception {
        String current = WebhookSignature.newSecret();
        String previous = WebhookSignature.newSecret();
        assertTrue(current.startsWith("whsec_"));
        byte[] body = "{\"type\":\"case.reported\",\"data\":{\"id\":\"案\"}}".getBytes(StandardCharsets.UTF_8);
        long ts = Instant.now().getEpochSecond();
        String header = WebhookSignature.header(List.of(current, previous), "msg_1", ts, body);
        Map<String, List<String>> headers = Map.of("webhook-id", List.of("msg_1"), "webhook-timestamp",
                List.of(Long.toString(ts)), "webhook-signature", List.of(header));
        String text = new String(body, StandardCharsets.UTF_8);
        new Webhook(current).verify(text, headers);
        new Webhook(previous).verify(text, headers);
        assertThrows(Exception.class, () -> new Webhook(WebhookSignature.newSecret()).verify(text, headers));
        assertEquals(new Webhook(current).sign("msg_1", ts, text), WebhookSignature.sign(current, "msg_1", ts, body));
        assertTrue(HttpHeaders.of(headers, (a, b) -> true).firstValue("webhook-signature").isPresent());
    }

    @Test
    void retriesFollowTheScheduleWithJitterHonourRetryAfterAndEnd() {
        RetrySchedule s = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)));
        assertEquals(Optional.of(Duration.ofSeconds(5)), s.next(1, Optional.empty(), NO_JITTER));
        assertEquals(Optional.of(Duration.ofMinutes(5)), s.next(2, Optional.empty(), NO_JITTER));
        assertEquals(Optional.empty(), s.next(3, Optional.empty(), NO_JITTER));
        assertEquals(Optional.of(Duration.ofMinutes(1)), s.next(1, Optional.of(Duration.ofMinutes(1)), NO_JITTER));
        assertEquals(Optional.of(Duration.ofHours(10)), s.next(1, Optional.of(Duration.ofDays(3)), NO_JITTER));
        Duration jittered = s.next(1, Optional.empty(), new java.util.Random(7)).orElseThrow();
        assertTrue(jittered.compareTo(Duration.ofSeconds(5)) >= 0 && jittered.compareTo(Duration.ofSeconds(6)) <= 0);
        assertEquals(3, s.maxAttempts());
    }

    @Test
    void anEndpointIsDisabledByA410OrByFailingLongerThanAllowed() {
        OffsetDateTime t0 = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        WebhookEndpoint e = endpoint(t0);
        assertFalse(e.failed(500, Duration.ofDays(5), t0));
        assertFalse(e.failed(500, Duration.ofDays(5), t0.plusDays(4)));
        e.delivered();
        assertFalse(e.failed(500, Duration.ofDays(5), t0.plusDays(6)), "a success ended the streak");
        assertTrue(e.failed(503, Duration.ofDays(5), t0.plusDays(12)));
        assertFalse(e.enabled());
        WebhookEndpoint gone = endpoint(t0);
        assertTrue(gone.failed(410, Duration.ofDays(5), t0));
        assertTrue(gone.disabledReason().orElseThrow().contains("410"));
        gone.change(null, null, null, true, t0);
        assertTrue(gone.enabled());
        assertTrue(gone.failingSince().isEmpty());
    }

    @Test
    void aRotationKeepsThePreviousSecretSigningForTheOverlapOnly() {
        OffsetDateTime t0 = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        WebhookEndpoint e = endpoint(t0);
        e.rotate("new", Duration.ofHours(1), t0);
        assertEquals(List.of("new", "sealed"), e.signingSecretsSealed(t0.plusMinutes(59)));
        assertEquals(List.of("new"), e.signingSecretsSealed(t0.plusMinutes(61)));
        assertThrows(RuleViolation.class, () -> e.rotate("x", Duration.ofDays(8), t0));
        e.rotate("newer", Duration.ZERO, t0);
        assertEquals(List.of("newer"), e.signingSecretsSealed(t0));
    }

    @Test
    void targetUrlsMustBeHttpsExceptLoopbackInDevelopment() {
        WebhookUrls.check("https://hooks.vendor.example/x?a=1", false);
        WebhookUrls.check("http://127.0.0.1:8099/x", true);
        for (String bad : new String[]{"http://127.0.0.1:8099/x", "http://hooks.vendor.example/x", "hooks/x",
                "https://u:p@hooks.vendor.example/", "https://hooks.vendor.example/#f", ""}) {
            assertThrows(RuleViolation.class, () -> WebhookUrls.check(bad, false), bad);
        }
        assertThrows(RuleViolation.class, () -> WebhookUrls.check("http://hooks.vendor.example/x", true));
    }

    @Test
    void eachCaseStepIsAnEventInThePastTense() {
        java.util.Map<org.jiceng.platform.casework.domain.CaseAction, String> expected = new java.util.EnumMap<>(
                org.jiceng.platform.casework.domain.CaseAction.class);
        for (String pair : List.of("ACCEPT accepted", "REJECT rejected", "MARK_DUPLICATE marked_duplicate",
                "DISPATCH dispatched", "ACKNOWLEDGE acknowledged", "DEFER deferred", "WHISTLE whistled",
                "ACKNOWLEDGE_SUMMONS summons_acknowledged", "RESOLVE resolved", "VERIFY verified",
                "EVALUATE evaluated", "REOPEN reopened")) {
            String[] p = pair.split(" ");
            expected.put(org.jiceng.platform.casework.domain.CaseAction.valueOf(p[0]), "case." + p[1]);
        }
        for (var a : org.jiceng.platform.casework.domain.CaseAction.values()) {
            assertEquals(expected.get(a), a.eventType());
        }
    }

    private static WebhookEndpoint endpoint(OffsetDateTime t0) {
        return new WebhookEndpoint("e", "app", "sa", java.util.Set.of("vendor-app"),
                java.net.URI.create("https://hooks.vendor.example/x"), null, EventTypes.parse("eventTypes", null),
                true, null, "sealed", null, null, FeedPosition.ORIGIN, null, 1, t0, t0);
    }
}
