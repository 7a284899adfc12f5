package org.jiceng.platform.casework.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** Body of a case step ({@code POST /api/v1/cases/{id}:<action>}); each action reads the fields it documents. */
@Schema(name = "CaseStep")
public record CaseStepRequest(
        @Schema(description = "accept, dispatch, acknowledge, resolve (required), verify") String note,
        @Schema(description = "reject, defer, reopen (required)") String reason,
        @Schema(description = "dispatch (required)", enumeration = {"GRID", "DEPARTMENT"}) String handlerKind,
        @Schema(description = "dispatch (required): the grid node or department") String handlerId,
        @Schema(description = "verify (required)") Boolean passed,
        @Schema(description = "evaluate (required): 1-5, satisfied from 4") Integer score,
        @Schema(description = "evaluate") String comment,
        @Schema(description = "mark-duplicate (required)") String masterCaseId,
        @Schema(description = "defer (required): the new resolution deadline") OffsetDateTime until) {
}
