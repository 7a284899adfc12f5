package org.jiceng.platform.casework.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Governance statistics of one period, best score first. */
@Schema(name = "CaseStats")
public record CaseStatsDto(LocalDate from, LocalDate to, String groupBy, Weights weights, List<Group> groups) {

    /** The tenant's percent weights of the three rates. */
    @Schema(name = "CaseStatsWeights")
    public record Weights(int response, int resolution, int satisfaction) {
    }

    /** One grid subtree. */
    @Schema(name = "CaseStatsGroup")
    public record Group(String gridId, String code, String name,
                        @Schema(description = "1 = best; equal scores share a rank; null without a score") Integer rank,
                        @Schema(description = "0-100: the weighted rates present") Double score,
                        Double responseRate, Double resolutionRate, Double satisfactionRate,
                        long reported, long rejected, long accepted, long closed, long acknowledgementsDue,
                        long acknowledgedOnTime, long evaluated, long satisfied, long rework,
                        Double meanHoursToClose, long overdueNow,
                        @Schema(description = "Cases accepted in the period that a whistle escalated at least once")
                        long whistled,
                        @Schema(description = "whistled ÷ accepted; null without accepted cases") Double whistleRate,
                        @Schema(description = "Cases reported in the period by the state they are in now",
                                additionalProperties = Long.class)
                        java.util.Map<String, Long> byStatus,
                        @Schema(description = "Cases reported in the period by category code",
                                additionalProperties = Long.class)
                        java.util.Map<String, Long> byCategory) {
    }
}
