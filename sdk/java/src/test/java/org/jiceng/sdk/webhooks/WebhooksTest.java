package org.jiceng.sdk.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.svix.Webhook;
import org.jiceng.sdk.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link Webhooks#verify} against messages signed by an independent implementation of Standard Webhooks (Svix's),
 * and the webhook models as the platform sends them.
 */
class WebhooksTest {
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "0123456789abcdefghijklmn".getBytes(StandardCharsets.US_ASCII));
    private static final String OTHER = "whsec_" + Base64.getEncoder().encodeToString(
            "nmlkjihgfedcba9876543210".getBytes(StandardCharsets.US_ASCII));
    private static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"e1\",\"type\":\"case.dispatched\",\"data\":{}}";
    private static final long NOW = 1_800_000_000L;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);

    private static Map<String, String> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp), "webhook-signature", signature);
    }

    private static String svixSignature(String secret, String id, long timestamp, String body) throws Exception {
        return new Webhook(secret).sign(id, timestamp, body);
    }

    @Test
    void aMessageSignedBySvixVerifies() throws Exception {
        String sig = svixSignature(SECRET, "msg_1", NOW, BODY);
        Webhooks.verify(BODY.getBytes(StandardCharsets.UTF_8), headers("msg_1", NOW, sig), SECRET, CLOCK);
    }

    @Test
    void headerNamesMatchWithoutRegardToCaseAndMultiValuedHeadersWork() throws Exception {
        String sig = svixSignature(SECRET, "msg_1", NOW, BODY);
        Webhooks.verify(BODY.getBytes(StandardCharsets.UTF_8), Map.of("Webhook-Id", "msg_1", "WEBHOOK-TIMESTAMP",
                Long.toString(NOW), "Webhook-Signature", sig), SECRET, CLOCK);
        long now = Instant.now().getEpochSecond();
        Webhooks.verifyHeaders(BODY.getBytes(StandardCharsets.UTF_8), Map.of("webhook-id", List.of("msg_2"),
                "webhook-timestamp", List.of(Long.toString(now)), "webhook-signature",
                List.of(svixSignature(SECRET, "msg_2", now, BODY))), SECRET);
    }

    @Test
    void duringARotationEitherSecretVerifiesAndSvixAcceptsBoth() throws Exception {
        String both = svixSignature(OTHER, "msg_1", NOW, BODY) + " " + svixSignature(SECRET, "msg_1", NOW, BODY);
        Webhooks.verify(BODY.getBytes(StandardCharsets.UTF_8), headers("msg_1", NOW, both), SECRET, CLOCK);
        Webhooks.verify(BODY.getBytes(StandardCharsets.UTF_8), headers("msg_1", NOW, both), OTHER, CLOCK);
    }

    @Test
    void aChangedBodyIdOrTimestampIsRefused() throws Exception {
        String sig = svixSignature(SECRET, "msg_1", NOW, BODY);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        assertThrows(WebhookVerificationException.class, () -> Webhooks.verify(
                BODY.replace("dispatched", "closed").getBytes(StandardCharsets.UTF_8), headers("msg_1", NOW, sig),
                SECRET, CLOCK));
        assertThrows(WebhookVerificationException.class, () -> Webhooks.verify(body, headers("msg_2", NOW, sig),
                SECRET, CLOCK));
        assertThrows(WebhookVerificationException.class, () -> Webhooks.verify(body, headers("msg_1", NOW - 1, sig),
                SECRET, Clock.fixed(Instant.ofEpochSecond(NOW - 1), ZoneOffset.UTC)));
        assertThrows(WebhookVerificationException.class, () -> Webhooks.verify(body, headers("msg_1", NOW, sig),
                OTHER, CLOCK));
    }

    @Test
    void aTimestampOutsideFiveMinutesIsRefusedEvenWhenSigned() throws Exception {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        long old = NOW - 301;
        assertThrows(WebhookVerificationException.class, () -> Webhooks.verify(body,
                headers("msg_1", old, svixSignature(SECRET, "msg_1", old, BODY)), SECRET, CLOCK));
        long future = NOW + 301;
        assertThrows(WebhookVerificationException.class, () -> Webhooks.verify(body,
                headers("msg_1", future, svixSignature(SECRET, "msg_1", future, BODY)), SECRET, CLOCK));
        long edge = NOW - 299;
        Webhooks.verify(body, headers("msg_1", edge, svixSignature(SECRET, "msg_1", edge, BODY)), SECRET, CLOCK);
    }

    @Test
    void missingOrMalformedHeadersAreRefused() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        assertThrows(WebhookVerificationException.class, () -> Webhooks.verify(body, Map.of("webhook-id", "m",
                "webhook-timestamp", Long.toString(NOW)), SECRET, CLOCK));
        assertThrows(WebhookVerificationException.class, () -> Webhooks.verify(body, headers("m", NOW, "v1,"),
                SECRET, CLOCK));
        assertThrows(WebhookVerificationException.class, () -> Webhooks.verify(body, Map.of("webhook-id", "m",
                "webhook-timestamp", "soon", "webhook-signature", "v1,AAAA"), SECRET, CLOCK));
        assertThrows(WebhookVerificationException.class, () -> Webhooks.verify(body, headers("m", NOW,
                "v2,not-base64!"), SECRET, CLOCK));
    }

    static Stream<Arguments> models() {
        String t = "\"2026-12-01T08:00:00Z\"";
        return Stream.of(
                Arguments.of(WebhookEndpoint.class, "{\"id\":\"w\",\"url\":\"https://vendor.example.cn/hooks\","
                        + "\"eventTypes\":[\"case.*\"],\"enabled\":true,\"clientId\":\"app\",\"secret\":\"" + SECRET
                        + "\",\"version\":1,\"createdAt\":" + t + ",\"updatedAt\":" + t + "}"),
                Arguments.of(WebhookDelivery.class, "{\"id\":\"d\",\"endpointId\":\"w\",\"messageId\":\"m\","
                        + "\"eventType\":\"case.dispatched\",\"state\":\"PENDING\",\"attempts\":2,\"nextAttemptAt\":" + t
                        + ",\"lastStatus\":503,\"createdAt\":" + t + ",\"attemptLog\":[{\"id\":\"a\",\"attemptedAt\":" + t
                        + ",\"status\":503,\"latencyMs\":12,\"responseExcerpt\":\"busy\"}]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void modelsRoundTripAndKeepFieldsOfANewerPlatform(Class<?> type, String json) throws Exception {
        String newer = json.substring(0, json.length() - 1) + ",\"addedLater\":{\"x\":1}}";
        Object model = Json.mapper().readValue(newer, type);
        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(model));
        assertEquals(Json.mapper().readTree(newer), written);
        Object builder = type.getMethod("toBuilder").invoke(model);
        assertEquals(model, builder.getClass().getMethod("build").invoke(builder));
    }

    @Test
    void anUnknownDeliveryStateReadsAsUnknown() throws Exception {
        WebhookDelivery d = Json.mapper().readValue("{\"id\":\"d\",\"endpointId\":\"w\",\"messageId\":\"m\","
                + "\"eventType\":\"x\",\"state\":\"PAUSED\",\"attempts\":0,\"createdAt\":\"2026-12-01T08:00:00Z\"}",
                WebhookDelivery.class);
        assertEquals(DeliveryState.UNKNOWN, d.state());
    }
}
