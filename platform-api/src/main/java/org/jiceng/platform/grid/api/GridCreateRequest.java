package org.jiceng.platform.grid.api;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/grids}. */
@Schema(name = "GridCreate")
public record GridCreateRequest(
        @Schema(description = "Parent node; omit only for the tenant's root (CITY or DISTRICT)") String parentId,
        @Schema(required = true, enumeration = {"CITY", "DISTRICT", "STREET", "COMMUNITY", "GRID",
                "COMPOUND", "BUILDING"}) String level,
        @Schema(required = true, example = "320571001") String code,
        @Schema(required = true, example = "娄葑街道") String name,
        Long population,
        Long households,
        @Schema(description = "GeoJSON Polygon or MultiPolygon, WGS-84") JsonObject boundary) {
}
