package org.jiceng.sdk.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.grids.Household;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/** Case models as the platform sends them: read, written back unchanged, copied by their builders. */
class CaseJsonTest {
    private static final String T = "\"2026-11-22T08:00:00Z\"";

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(CaseRecord.class, "{\"id\":\"c\",\"number\":\"SIP-2026-000123\",\"title\":\"楼道堆物\","
                        + "\"description\":\"消防隐患\",\"categoryCode\":\"SAFETY_HAZARD\",\"priority\":\"URGENT\","
                        + "\"source\":\"GRID_PATROL\",\"status\":\"DISPATCHED\",\"anonymous\":false,"
                        + "\"reporterName\":\"赵*\",\"contactMasked\":true,\"lon\":120.7,\"lat\":31.3,\"gridId\":\"g\","
                        + "\"attachments\":[{\"url\":\"https://x/1.jpg\",\"sha256\":\"ab\"}],\"handlerKind\":\"GRID\","
                        + "\"handlerId\":\"s\",\"reworkCount\":0,\"reportedAt\":" + T + ",\"acceptDueAt\":" + T
                        + ",\"acknowledgeDueAt\":" + T + ",\"overdue\":false,\"nextActions\":[\"acknowledge\","
                        + "\"whistle\"],\"version\":3,\"updatedAt\":" + T + "}"),
                Arguments.of(CaseEvent.class, "{\"seq\":5,\"action\":\"whistle\",\"fromStatus\":\"IN_PROGRESS\","
                        + "\"toStatus\":\"DISPATCHED\",\"actor\":\"u\",\"actorRole\":\"grid-worker\","
                        + "\"note\":\"社区无执法权\",\"occurredAt\":" + T + "}"),
                Arguments.of(Summons.class, "{\"id\":\"s\",\"caseId\":\"c\",\"departmentId\":\"d\",\"summonedAt\":" + T
                        + ",\"dueAt\":" + T + ",\"onTime\":true}"),
                Arguments.of(Department.class, "{\"id\":\"d\",\"code\":\"HOUSING\",\"name\":\"住建局\","
                        + "\"kind\":\"FUNCTIONAL_DEPARTMENT\",\"active\":true,\"version\":1}"),
                Arguments.of(Assignment.class, "{\"id\":\"a\",\"subject\":\"u\",\"role\":\"grid-worker\","
                        + "\"gridId\":\"g\",\"createdAt\":" + T + "}"),
                Arguments.of(Me.class, "{\"tenant\":\"sip\",\"subject\":\"u\",\"clientId\":\"sip-admin\","
                        + "\"roles\":[\"tenant-admin\"],\"permissions\":[\"cases:read\"],\"assignments\":[]}"),
                Arguments.of(CaseCategory.class, "{\"code\":\"NOISE\",\"name\":\"噪声扰民\",\"normal\":{\"acceptHours\":2,"
                        + "\"acknowledgeHours\":24,\"resolveHours\":120,\"x\":1},\"urgent\":{\"acceptHours\":1,"
                        + "\"acknowledgeHours\":4,\"resolveHours\":48},\"emergency\":{\"acceptHours\":1,"
                        + "\"acknowledgeHours\":1,\"resolveHours\":24},\"active\":true,\"version\":2}"),
                Arguments.of(CaseStats.class, "{\"from\":\"2026-11-01\",\"to\":\"2026-12-01\",\"groupBy\":\"STREET\","
                        + "\"groups\":[{\"gridId\":\"g\",\"code\":\"320571001\",\"name\":\"娄葑街道\",\"rank\":1,"
                        + "\"score\":0.97,\"responseRate\":1.0,\"resolutionRate\":0.99,\"satisfactionRate\":0.95,"
                        + "\"reported\":100,\"rejected\":0,\"accepted\":100,\"closed\":99,\"acknowledgementsDue\":100,"
                        + "\"acknowledgedOnTime\":100,\"evaluated\":80,\"satisfied\":76,\"rework\":1,"
                        + "\"meanHoursToClose\":30.5,\"overdueNow\":0,\"whistled\":3,\"whistleRate\":0.03,"
                        + "\"byStatus\":{\"CLOSED\":99},\"byCategory\":{\"NOISE\":60,\"PARKING\":40},\"y\":2}]}"),
                Arguments.of(org.jiceng.sdk.grids.GridImportResult.class, "{\"rows\":3,\"created\":2,\"updated\":1,"
                        + "\"unchanged\":0}"),
                Arguments.of(org.jiceng.sdk.privacy.PersonalDataErasure.class, "{\"erased\":{\"cases\":2}}"),
                Arguments.of(org.jiceng.sdk.privacy.PersonalDataExport.class, "{\"records\":{\"volunteers\":"
                        + "[{\"id\":\"v\",\"name\":\"袁新华\"}]}}"),
                Arguments.of(Household.class, "{\"id\":\"h\",\"gridId\":\"g\",\"address\":\"1层1号\","
                        + "\"headName\":\"王*\",\"masked\":true}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void roundTripsAndKeepsFieldsOfANewerPlatform(Class<?> type, String json) throws Exception {
        String newer = json.substring(0, json.length() - 1) + ",\"addedLater\":true}";
        Object model = Json.mapper().readValue(newer, type);
        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(model));
        assertEquals(Json.mapper().readTree(newer), written);
        Object builder = type.getMethod("toBuilder").invoke(model);
        Object copy = builder.getClass().getMethod("build").invoke(builder);
        assertNotSame(model, copy);
        assertEquals(model, copy);
    }

    @Test
    void aGroupIsFoundByItsCodeAndDeadlinesAreBuiltByValue() throws Exception {
        CaseStats stats = Json.mapper().readValue("{\"groups\":[{\"code\":\"a\",\"reported\":3}]}", CaseStats.class);
        assertEquals(3, stats.group("a").orElseThrow().reported());
        assertEquals(true, stats.group("b").isEmpty());
        assertEquals(48, CaseCategory.Deadlines.of(1, 4, 48).resolveHours());
    }

    @Test
    void closedSetsOfANewerPlatformReadAsUnknown() throws Exception {
        CaseRecord c = Json.mapper().readValue("{\"id\":\"c\",\"source\":\"WECHAT\",\"handlerKind\":\"ROBOT\","
                + "\"status\":\"ARCHIVED\",\"version\":1}", CaseRecord.class);
        assertEquals(CaseSource.UNKNOWN, c.source());
        assertEquals(HandlerKind.UNKNOWN, c.handlerKind().orElseThrow());
        assertEquals(CaseStatus.UNKNOWN, c.status());
        assertEquals(DepartmentKind.UNKNOWN, Json.mapper().readValue("{\"kind\":\"NGO\"}", Department.class).kind());
    }

    @org.junit.jupiter.api.Test
    void aTrendReadsMonthsAndRatesThatMayBeAbsent() throws Exception {
        String json = "{\"gridId\":\"g1\",\"code\":\"320571\",\"name\":\"苏州工业园区\",\"from\":\"2026-07\","
                + "\"to\":\"2026-09\",\"months\":[{\"month\":\"2026-07\",\"reported\":12,\"accepted\":10,"
                + "\"closed\":8,\"evaluated\":5,\"whistled\":1,\"responseRate\":0.9,\"resolutionRate\":0.8,"
                + "\"satisfactionRate\":1.0,\"score\":88.5,\"whistleRate\":0.1},{\"month\":\"2026-08\",\"reported\":0,"
                + "\"accepted\":0,\"closed\":0,\"evaluated\":0,\"whistled\":0,\"responseRate\":null,"
                + "\"resolutionRate\":null,\"satisfactionRate\":null,\"score\":null,\"whistleRate\":null}]}";
        CaseTrend trend = org.jiceng.sdk.core.Json.mapper().readValue(json, CaseTrend.class);
        org.junit.jupiter.api.Assertions.assertEquals(java.time.YearMonth.of(2026, 7), trend.from());
        org.junit.jupiter.api.Assertions.assertEquals(2, trend.months().size());
        org.junit.jupiter.api.Assertions.assertEquals(0.8, trend.months().get(0).resolutionRate().orElseThrow());
        org.junit.jupiter.api.Assertions.assertTrue(trend.months().get(1).score().isEmpty());
        // absent values are left out when written (the SDK's convention), and read back the same
        org.junit.jupiter.api.Assertions.assertEquals(trend, org.jiceng.sdk.core.Json.mapper().readValue(
                org.jiceng.sdk.core.Json.mapper().writeValueAsString(trend), CaseTrend.class));
    }
}
