package org.jiceng.platform.casework.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/departments}, and (name and active only) of its merge patch. */
@Schema(name = "DepartmentWrite")
public record DepartmentRequest(@Schema(example = "HOUSING") String code, @Schema(example = "区住建局") String name,
                                @Schema(enumeration = {"FUNCTIONAL_DEPARTMENT", "PROPERTY_OWNER", "PROPERTY_COMPANY",
                                        "UTILITY", "OTHER_UNIT"}) String kind,
                                Boolean active) {
}
