package org.jiceng.sdk.open311;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.sdk.cases.AttributeDatatype;
import org.jiceng.sdk.cases.CaseCategory;
import org.jiceng.sdk.cases.ServiceAttribute;
import org.jiceng.sdk.core.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service definition and Open311 key models as the platform sends them. */
class Open311JsonTest {
    private static final String T = "\"2026-12-01T08:00:00Z\"";
    private static final String ATTRIBUTE = "{\"code\":\"light_state\",\"variable\":true,\"datatype\":\"singlevaluelist\","
            + "\"required\":false,\"description\":\"灯的状态\",\"order\":2,\"values\":[{\"key\":\"off\",\"name\":\"不亮\"}]}";

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(ServiceAttribute.class, ATTRIBUTE),
                Arguments.of(CaseCategory.class, "{\"code\":\"POLE\",\"name\":\"路灯不亮\",\"normal\":{\"acceptHours\":24,"
                        + "\"acknowledgeHours\":24,\"resolveHours\":72},\"urgent\":{\"acceptHours\":4,\"acknowledgeHours\":4,"
                        + "\"resolveHours\":24},\"emergency\":{\"acceptHours\":1,\"acknowledgeHours\":1,\"resolveHours\":4},"
                        + "\"active\":true,\"version\":2,\"description\":\"路灯\",\"group\":\"市政设施\","
                        + "\"keywords\":[\"路灯\"],\"attributes\":[" + ATTRIBUTE + "]}"),
                Arguments.of(Open311Key.class, "{\"id\":\"k\",\"clientId\":\"vendor\",\"roles\":[\"vendor-app\"],"
                        + "\"hint\":\"o311_abcd\",\"key\":\"o311_abcdef\",\"createdBy\":\"admin\",\"createdAt\":" + T
                        + ",\"active\":true}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void roundTripsAndKeepsFieldsOfANewerPlatform(Class<?> type, String json) throws Exception {
        String newer = json.substring(0, json.length() - 1) + ",\"addedLater\":{\"x\":1}}";
        Object model = Json.mapper().readValue(newer, type);
        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(model));
        assertEquals(Json.mapper().readTree(newer), written);
        Object builder = type.getMethod("toBuilder").invoke(model);
        assertEquals(model, builder.getClass().getMethod("build").invoke(builder));
    }

    @Test
    void datatypesReadAsOpen311NamesThemAndUnknownOnesAsUnknown() throws Exception {
        ServiceAttribute a = Json.mapper().readValue(ATTRIBUTE, ServiceAttribute.class);
        assertEquals(AttributeDatatype.SINGLEVALUELIST, a.datatype());
        assertEquals(List.of("off"), a.values().orElseThrow().stream().map(v -> v.key()).toList());
        assertEquals(AttributeDatatype.UNKNOWN, Json.mapper().readValue(ATTRIBUTE.replace("singlevaluelist",
                "geometry"), ServiceAttribute.class).datatype());
    }
}
