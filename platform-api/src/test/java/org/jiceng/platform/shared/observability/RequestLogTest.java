package org.jiceng.platform.shared.observability;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class RequestLogTest {

    @Test
    void aRequestIsOneJsonObjectOnOneLine() {
        String line = RequestLog.line(new RequestLog.Entry("req-1", "sip", "sip-app", "POST", "/api/v1/cases", 201,
                Duration.ofMillis(12).plusNanos(500_000)), Instant.parse("2026-12-01T08:00:00Z"));
        assertFalse(line.contains("\n"));
        JsonObject o = Json.createReader(new StringReader(line)).readObject();
        assertEquals("2026-12-01T08:00:00Z", o.getString("time"));
        assertEquals("req-1", o.getString("requestId"));
        assertEquals("sip", o.getString("tenant"));
        assertEquals("sip-app", o.getString("client"));
        assertEquals("/api/v1/cases", o.getString("route"));
        assertEquals(201, o.getInt("status"));
        assertEquals(12.5, o.getJsonNumber("latencyMs").doubleValue());
    }

    @Test
    void aRequestWithoutACallerHasNoTenantOrClient() {
        JsonObject o = Json.createReader(new StringReader(RequestLog.line(new RequestLog.Entry("req-2", null, null,
                "GET", "unmatched", 401, Duration.ZERO), Instant.EPOCH))).readObject();
        assertFalse(o.containsKey("tenant"));
        assertFalse(o.containsKey("client"));
        assertEquals(401, o.getInt("status"));
    }
}
