package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.sdk.core.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantJsonTest {
    private static final String TENANT = "{\"code\":\"sip\",\"name\":\"苏州工业园区\",\"kind\":\"DISTRICT\","
            + "\"divisionCode\":\"320571\",\"issuer\":\"https://id.example.cn/realms/jiceng-sip\",\"status\":\"ACTIVE\","
            + "\"settings\":{\"locale\":\"zh-CN\",\"timeZone\":\"Asia/Shanghai\",\"caseNumberPrefix\":\"SIP\","
            + "\"allowedOrigins\":[],\"rateLimitPerMinute\":600,\"caseReopenDays\":7,\"scoreWeights\":{\"response\":30,"
            + "\"resolution\":40,\"satisfaction\":30},\"verificationSeparation\":\"UNIT\",\"contactRetentionDays\":365},"
            + "\"version\":2,\"createdAt\":\"2026-11-22T08:00:00Z\",\"updatedAt\":\"2026-11-22T08:00:00Z\","
            + "\"plan\":\"standard\"}";

    @Test
    void aTenantRoundTripsKeepsFieldsOfANewerPlatformAndReadsItsClosedSets() throws Exception {
        Tenant t = Json.mapper().readValue(TENANT, Tenant.class);
        assertEquals(TenantKind.DISTRICT, t.kind());
        assertTrue(t.isActive());
        assertEquals("standard", t.additionalProperties().get("plan"));
        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(t));
        assertEquals(Json.mapper().readTree(TENANT), written);
        Tenant suspended = t.toBuilder().status(TenantStatus.SUSPENDED).build();
        assertFalse(suspended.isActive());
        assertTrue(t.isActive(), "models are immutable");
        Tenant newer = Json.mapper().readValue(TENANT.replace("\"ACTIVE\"", "\"ARCHIVED\""), Tenant.class);
        assertEquals(TenantStatus.UNKNOWN, newer.status());
    }
}
