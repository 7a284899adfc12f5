package org.jiceng.platform.casework.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /api/v1/cases/{id}:whistle}. */
@Schema(name = "CaseWhistle")
public record WhistleRequest(
        @Schema(description = "Hand the case up to the street above its grid") Boolean escalate,
        @Schema(description = "Departments summoned to report, each with its own deadline") List<Order> summons,
        String note) {

    /** One summoned unit; hours default to the category's acknowledgement time. */
    @Schema(name = "CaseSummonsOrder")
    public record Order(String departmentId, Integer hours) {
    }
}
