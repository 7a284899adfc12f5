package org.jiceng.platform.casework.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case category with its deadlines (hours) per priority. */
@Schema(name = "CaseCategory")
public record CategoryDto(String code, String name, DeadlinesDto normal, DeadlinesDto urgent, DeadlinesDto emergency,
                          boolean active, long version, String description, String group,
                          java.util.List<String> keywords,
                          java.util.List<CategoryCreateRequest.ServiceAttributeDto> attributes) {

    /** Hours to accept after the report, to acknowledge after dispatch, to resolve after acceptance. */
    @Schema(name = "CaseDeadlines")
    public record DeadlinesDto(Integer acceptHours, Integer acknowledgeHours, Integer resolveHours) {
    }
}
