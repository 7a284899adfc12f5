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

    @Test
    void anOnboardingRoundTripsAndNeverPrintsItsSecrets() throws Exception {
        String json = "{\"tenant\":" + TENANT + ",\"issuer\":\"https://id.example.cn/realms/jiceng-sip\","
                + "\"machineClientId\":\"sip-admin\",\"machineClientSecret\":\"s3cret-value\","
                + "\"adminUsername\":\"zhang.wei\",\"adminTemporaryPassword\":\"Tmp-Pass-123\","
                + "\"browserClientId\":null}";
        TenantOnboarding o = Json.mapper().readValue(json, TenantOnboarding.class);
        assertEquals("sip", o.tenant().code());
        assertEquals("s3cret-value", o.machineClientSecret().orElseThrow());
        assertEquals("Tmp-Pass-123", o.adminTemporaryPassword().orElseThrow());
        assertTrue(o.browserClientId().isEmpty());
        assertFalse(o.toString().contains("s3cret") || o.toString().contains("Tmp-Pass"), o.toString());
        assertEquals(o, Json.mapper().readValue(Json.mapper().writeValueAsString(o), TenantOnboarding.class));
    }

    @Test
    void staffAndClientsRoundTripWithoutShowingPasswordsOrSecrets() throws Exception {
        String member = "{\"id\":\"5b0f3c1e-1111-4c4c-8888-2d2d2d2d2d2d\",\"username\":\"li.na\","
                + "\"email\":\"l***@sipac.gov.cn\",\"enabled\":true,\"roles\":[\"grid-worker\"],"
                + "\"createdAt\":\"2026-11-22T08:00:00Z\",\"mustChangePassword\":true}";
        StaffInvitation invited = Json.mapper().readValue("{\"member\":" + member
                + ",\"temporaryPassword\":\"Tmp-Pass-456\"}", StaffInvitation.class);
        assertEquals(java.util.List.of("grid-worker"), invited.member().roles());
        assertTrue(invited.member().mustChangePassword());
        assertFalse(invited.toString().contains("Tmp-Pass"), invited.toString());
        assertEquals(Json.mapper().readTree(member),
                Json.mapper().readTree(Json.mapper().writeValueAsString(invited.member())));

        ApiClientSecret secret = Json.mapper().readValue("{\"clientId\":\"sip-grid-app\",\"roles\":[\"vendor-app\"],"
                + "\"secret\":\"abc-secret\"}", ApiClientSecret.class);
        assertEquals("abc-secret", secret.secret());
        assertFalse(secret.toString().contains("abc-secret"));
        ApiClient browser = Json.mapper().readValue("{\"clientId\":\"sip-web\",\"kind\":\"BROWSER\","
                + "\"enabled\":true,\"roles\":[],\"origins\":[\"https://app.example.cn\"]}", ApiClient.class);
        assertEquals(java.util.List.of("https://app.example.cn"), browser.origins());
        assertEquals(browser, browser.toBuilder().build());
    }
}
