package org.jiceng.sdk.grids;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiceng.sdk.core.Json;
import org.jiceng.sdk.errors.Problem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridJsonTest {
    private static final String GRID = "{\"id\":\"0190f6a0-0000-7000-8000-000000000001\","
            + "\"parentId\":\"0190f6a0-0000-7000-8000-000000000000\",\"level\":\"COMMUNITY\","
            + "\"code\":\"320571001001\",\"name\":\"凤凰城社区\",\"depth\":2,\"population\":6200,"
            + "\"households\":2100,\"rollup\":{\"population\":6300,\"households\":2150},"
            + "\"boundary\":{\"type\":\"Polygon\",\"coordinates\":[[[120.7,31.3],[120.8,31.3],[120.8,31.4],"
            + "[120.7,31.3]]]},\"version\":3,\"createdAt\":\"2026-11-22T08:00:00Z\","
            + "\"updatedAt\":\"2026-11-22T09:30:00Z\",\"partyOrganizationCount\":4}";

    @Test
    void gridRoundTripsAndKeepsUnknownFields() throws Exception {
        Grid grid = Json.mapper().readValue(GRID, Grid.class);
        assertEquals(GridLevel.COMMUNITY, grid.level());
        assertEquals("320571001001", grid.code());
        assertEquals(6300, grid.rollup().population());
        assertEquals(6200L, grid.population().orElseThrow());
        assertEquals("Polygon", grid.boundary().orElseThrow().type());
        assertEquals(3, grid.version());
        assertEquals(4, grid.additionalProperties().get("partyOrganizationCount"));

        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(grid));
        assertEquals(Json.mapper().readTree(GRID), written);
    }

    @Test
    void unknownLevelsOfANewerPlatformDoNotBreakOldClients() throws Exception {
        Grid grid = Json.mapper().readValue(GRID.replace("COMMUNITY", "HAMLET"), Grid.class);
        assertEquals(GridLevel.UNKNOWN, grid.level());
    }

    @Test
    void toBuilderCopiesAndChanges() throws Exception {
        Grid grid = Json.mapper().readValue(GRID, Grid.class);
        Grid renamed = grid.toBuilder().name("新名字").build();
        assertEquals("新名字", renamed.name());
        assertEquals("凤凰城社区", grid.name(), "models are immutable");
        assertEquals(grid.id(), renamed.id());
    }

    @Test
    void rootHasNoParent() throws Exception {
        Grid root = Json.mapper().readValue("{\"id\":\"r\",\"level\":\"DISTRICT\",\"code\":\"320571\","
                + "\"name\":\"苏州工业园区\",\"depth\":0,\"rollup\":{\"population\":0,\"households\":0},\"version\":1}",
                Grid.class);
        assertTrue(root.parentId().isEmpty());
        assertTrue(root.boundary().isEmpty());
    }

    @Test
    void createParamsSerialiseOnlyWhatIsSet() throws Exception {
        GridCreateParams params = GridCreateParams.builder().parentId("p").level(GridLevel.STREET)
                .code("320571001").name("娄葑街道").build();
        JsonNode json = Json.mapper().readTree(Json.mapper().writeValueAsString(params));
        assertEquals("STREET", json.get("level").asText());
        assertFalse(json.has("population"));
        assertFalse(json.has("boundary"));
    }

    @Test
    void updateParamsAreAMergePatchThatCanClear() throws Exception {
        String patch = Json.mapper().writeValueAsString(GridUpdateParams.builder().name("x").clearBoundary()
                .build().toPatch());
        JsonNode json = Json.mapper().readTree(patch);
        assertEquals("x", json.get("name").asText());
        assertTrue(json.has("boundary") && json.get("boundary").isNull(), patch);
    }

    @Test
    void geometryRectangleIsAClosedRing() {
        Geometry g = Geometry.rectangle(120, 31, 121, 32);
        JsonNode ring = g.coordinates().get(0);
        assertEquals(5, ring.size());
        assertEquals(ring.get(0), ring.get(4));
        assertEquals(g, Geometry.fromJson(g.toJson()));
    }

    @Test
    void problemRoundTrips() throws Exception {
        Problem p = Json.mapper().readValue("{\"type\":\"https://jiceng.org/problems/validation\",\"title\":"
                + "\"Bad Request\",\"status\":400,\"detail\":\"The request has invalid fields\",\"instance\":"
                + "\"/api/v1/grids\",\"errors\":[{\"field\":\"code\",\"message\":\"must be 6 digits\"}]}",
                Problem.class);
        assertEquals(400, p.status());
        assertEquals("code", p.errors().get(0).field());
        assertEquals("/api/v1/grids", p.instance().orElseThrow());
    }
}
