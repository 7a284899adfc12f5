package org.jiceng.platform.casework.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/case-categories}, and (every field optional) of its merge patch. */
@Schema(name = "CaseCategoryWrite")
public record CategoryCreateRequest(@Schema(example = "BALCONY_GARDENS") String code, String name,
                                    CategoryDto.DeadlinesDto normal, CategoryDto.DeadlinesDto urgent,
                                    CategoryDto.DeadlinesDto emergency,
                                    @Schema(description = "false retires the category: no new cases") Boolean active,
                                    @Schema(description = "What the service is for (Open311 description)")
                                    String description,
                                    @Schema(description = "The group it is listed under (Open311 group)") String group,
                                    @Schema(description = "Search words (Open311 keywords)") List<String> keywords,
                                    @Schema(description = "What a report of this category must tell (Open311 "
                                            + "service definition); replaced as a whole")
                                    List<ServiceAttributeDto> attributes) {

    /** One attribute a category asks for when a case is filed. */
    @Schema(name = "ServiceAttribute")
    public record ServiceAttributeDto(
            @Schema(example = "pole_number") String code,
            @Schema(description = "false: informational only, takes no answer (default true)") Boolean variable,
            @Schema(enumeration = {"string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"})
            String datatype,
            Boolean required,
            @Schema(description = "The question shown to the resident") String description,
            Integer order,
            String datatypeDescription,
            List<ValueDto> values) {
    }

    /** A choice of a list attribute. */
    @Schema(name = "ServiceAttributeValue")
    public record ValueDto(String key, String name) {
    }
}
