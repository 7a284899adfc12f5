package org.jiceng.platform.grid.api;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/grids}. */
@Schema(name = "GridCreate")
public record GridCreateRequest(
        @Schema(description = "Parent node; omit only for the tenant's root (CITY or DISTRICT)") String parentId,
        @NotNull @Schema(required = true, enumeration = {"CITY", "DISTRICT", "STREET", "COMMUNITY", "GRID",
                "COMPOUND", "BUILDING"}) String level,
        @NotBlank @Size(max = 30) @Schema(required = true, example = "320571001") String code,
        @NotBlank @Size(max = 100) @Schema(required = true, example = "娄葑街道") String name,
        @PositiveOrZero Long population,
        @PositiveOrZero Long households,
        @Schema(description = "GeoJSON Polygon or MultiPolygon, WGS-84") JsonObject boundary) {
}
