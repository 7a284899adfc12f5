package org.jiceng.platform.casework.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/case-categories}, and (every field optional) of its merge patch. */
@Schema(name = "CaseCategoryWrite")
public record CategoryCreateRequest(@Schema(example = "BALCONY_GARDENS") String code, String name,
                                    CategoryDto.DeadlinesDto normal, CategoryDto.DeadlinesDto urgent,
                                    CategoryDto.DeadlinesDto emergency,
                                    @Schema(description = "false retires the category: no new cases") Boolean active) {
}
