package org.jiceng.platform.casework.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A grid node's cases month by month: for each month, what cases:stats reports for the node and that month. */
@Schema(name = "CaseTrend")
public record CaseTrendDto(String gridId, String code, String name,
                           @Schema(example = "2026-07", description = "First month") String from,
                           @Schema(example = "2027-01", description = "Month after the last") String to,
                           List<Month> months) {

    /** One month of the series. */
    @Schema(name = "CaseTrendMonth")
    public record Month(@Schema(example = "2026-07") String month, long reported, long accepted, long closed,
                        long evaluated, long whistled, Double responseRate, Double resolutionRate,
                        Double satisfactionRate,
                        @Schema(description = "0-100: the weighted rates present") Double score,
                        Double whistleRate) {
    }
}
