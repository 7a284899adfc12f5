package org.jiceng.platform.casework.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /api/v1/cases}. */
@Schema(name = "CaseCreate")
public record CaseCreateRequest(
        @Schema(required = true, example = "楼道电动车充电") String title,
        @Schema(required = true) String description,
        @Schema(required = true, example = "EBIKE_CHARGING") String categoryCode,
        @Schema(enumeration = {"NORMAL", "URGENT", "EMERGENCY"}, description = "Default NORMAL") String priority,
        @Schema(enumeration = {"RESIDENT_APP", "HOTLINE_12345", "GRID_PATROL", "COURTYARD_VISIT", "MEETING", "OTHER"})
        String source,
        @Schema(description = "The resident a vendor's app (or a grid worker) files for") Reporter reporter,
        Boolean anonymous,
        @Schema(description = "Where; the grid is found from the point when gridId is omitted") Location location,
        String gridId,
        List<Attachment> attachments,
        @Schema(description = "Answers to the attributes the category asks for, by attribute code (checked when "
                + "given: required ones present, values of their type)")
        java.util.Map<String, List<String>> attributes) {

    /**
     * The resident: the id the vendor's own system knows them by, and their name and phone for the call-back —
     * personal data, encrypted at rest and masked for callers without pii:read.
     */
    @Schema(name = "CaseReporter")
    public record Reporter(String externalId, @Schema(example = "张阿姨") String name,
                           @Schema(example = "13800001111") String phone) {
    }

    /** A point (WGS-84 unless crs says GCJ02 or BD09) and an address. */
    @Schema(name = "CaseLocation")
    public record Location(Double lon, Double lat,
                           @Schema(enumeration = {"WGS84", "GCJ02", "BD09"}) String crs, String address) {
    }

    /** A photo stored by the vendor: where, and its SHA-256 so that it can be shown unaltered. */
    @Schema(name = "CaseAttachment")
    public record Attachment(String url, String sha256) {
    }
}
