package org.jiceng.platform.casework.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A subject's role on a grid node (and its subtree) or for a department; also the body that creates one. */
@Schema(name = "Assignment")
public record AssignmentDto(String id,
                            @Schema(description = "The token subject (sub) of the person or application") String subject,
                            @Schema(enumeration = {"grid-worker", "community-worker", "street-officer",
                                    "department-officer"}) String role,
                            String gridId, String departmentId, OffsetDateTime createdAt) {
}
