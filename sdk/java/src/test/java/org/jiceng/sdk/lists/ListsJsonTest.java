package org.jiceng.sdk.lists;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.sdk.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three lists' models as the platform sends them: read, written back unchanged, copied by their builders. */
class ListsJsonTest {
    private static final String T = "\"2026-11-22T08:00:00Z\"";

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(CommunityResource.class, "{\"id\":\"r\",\"gridId\":\"g\",\"kind\":\"PLACE\",\"name\":\"篮球场\","
                        + "\"providerKind\":\"COMMUNITY\",\"providerName\":\"嘉诚花园社区\",\"inside\":true,\"capacity\":40,"
                        + "\"active\":true,\"version\":1,\"createdAt\":" + T + "}"),
                Arguments.of(Booking.class, "{\"id\":\"b\",\"resourceId\":\"r\",\"startsAt\":" + T + ",\"endsAt\":" + T
                        + ",\"purpose\":\"议事会\",\"mine\":true,\"state\":\"BOOKED\",\"version\":1}"),
                Arguments.of(Need.class, "{\"id\":\"n\",\"gridId\":\"g\",\"title\":\"篮球场\",\"description\":\"d\","
                        + "\"category\":\"基础设施\",\"source\":\"FORUM\",\"households\":35,\"route\":\"COMMUNITY\","
                        + "\"status\":\"MATCHED\",\"progress\":\"PROJECT_DONE\",\"resourceIds\":[\"r\"],\"projectIds\":"
                        + "[\"p\"],\"version\":3,\"createdAt\":" + T + "}"),
                Arguments.of(Project.class, "{\"id\":\"p\",\"gridId\":\"g\",\"title\":\"篮球场翻修\",\"description\":\"d\","
                        + "\"needIds\":[\"n\"],\"resourceIds\":[\"r\"],\"budgetFen\":8000000,\"funding\":[{\"kind\":"
                        + "\"SUPPORT_FUND\",\"name\":\"街道补助\",\"amountFen\":6000000}],\"ownerKind\":\"DEPARTMENT\","
                        + "\"ownerId\":\"d\",\"longTerm\":false,\"state\":\"DONE\",\"progress\":100,\"startedOn\":"
                        + "\"2026-11-01\",\"doneOn\":\"2026-11-20\",\"version\":4,\"createdAt\":" + T + "}"),
                Arguments.of(ListCounts.class, "{\"gridId\":\"g\",\"resources\":[{\"kind\":\"PLACE\",\"providerKind\":"
                        + "\"COMMUNITY\",\"inside\":true,\"count\":8}],\"resourcesByKind\":{\"PLACE\":8},"
                        + "\"resourcesInside\":8,\"resourcesOutside\":3,\"needsByRouteAndStatus\":{\"ESCALATE/ESCALATED\":1},"
                        + "\"projectsByState\":{\"DONE\":6}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void roundTripsAndKeepsFieldsOfANewerPlatform(Class<?> type, String json) throws Exception {
        String newer = json.substring(0, json.length() - 1) + ",\"addedLater\":{\"x\":1}}";
        Object model = Json.mapper().readValue(newer, type);
        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(model));
        assertEquals(Json.mapper().readTree(newer), written);
        Method toBuilder = type.getMethod("toBuilder");
        Object builder = toBuilder.invoke(model);
        Object copy = builder.getClass().getMethod("build").invoke(builder);
        assertNotSame(model, copy);
        assertEquals(model, copy);
    }

    @Test
    void triageParamsCarryTheEscalation() throws Exception {
        JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(TriageParams.builder()
                .route(NeedRoute.ESCALATE).escalation(Escalation.builder().categoryCode("OTHER")
                        .departmentIds(List.of("d")).hours(48).build()).build()));
        assertEquals("ESCALATE", json.get("route").asText());
        assertEquals(48, json.get("escalation").get("hours").asInt());
        assertFalse(json.has("resourceIds"));
        Need unknown = Json.mapper().readValue("{\"id\":\"n\",\"status\":\"ARCHIVED\",\"households\":1,\"version\":1}",
                Need.class);
        assertEquals(NeedStatus.UNKNOWN, unknown.status());
        assertTrue(unknown.projectIds().isEmpty());
    }
}
