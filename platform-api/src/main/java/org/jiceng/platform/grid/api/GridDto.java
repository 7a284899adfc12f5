package org.jiceng.platform.grid.api;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A grid node as the API shows it. */
@Schema(name = "Grid", description = "A node of the tenant's administrative grid tree")
public record GridDto(
        String id,
        @Schema(description = "Absent for the tenant's root node") String parentId,
        @Schema(enumeration = {"CITY", "DISTRICT", "STREET", "COMMUNITY", "GRID", "COMPOUND", "BUILDING"})
        String level,
        @Schema(description = "Division code at the root; parent's code + 3 digits below a district",
                example = "320571001") String code,
        String name,
        @Schema(description = "0 for the root") int depth,
        @Schema(description = "Residents counted on this node itself") Long population,
        @Schema(description = "Households counted on this node itself") Long households,
        @Schema(description = "Totals over the node and its whole subtree, read-only") RollupDto rollup,
        @Schema(description = "GeoJSON Polygon or MultiPolygon, WGS-84 [lon, lat]") JsonObject boundary,
        @Schema(description = "Send as If-Match to change the node") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Subtree totals. */
    @Schema(name = "GridRollup")
    public record RollupDto(long population, long households) {
    }
}
