package org.jiceng.platform.casework.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A department summoned by a whistle, and whether it reported in on time. */
@Schema(name = "CaseSummons")
public record SummonsDto(String id, String caseId, String departmentId, OffsetDateTime summonedAt,
                         OffsetDateTime dueAt, OffsetDateTime acknowledgedAt, String acknowledgedBy, String note,
                         @Schema(description = "Acknowledged by the deadline, or not yet due") boolean onTime) {
}
