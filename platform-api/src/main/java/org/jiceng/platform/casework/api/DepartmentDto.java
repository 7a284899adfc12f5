package org.jiceng.platform.casework.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A department or other unit cases are dispatched to. */
@Schema(name = "Department")
public record DepartmentDto(String id, @Schema(example = "HOUSING") String code, @Schema(example = "住建局") String name,
                            @Schema(enumeration = {"FUNCTIONAL_DEPARTMENT", "PROPERTY_OWNER", "PROPERTY_COMPANY",
                                    "UTILITY", "OTHER_UNIT"}) String kind,
                            boolean active, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
