package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** A tenant's key figures for platform admins: counts of its records, nothing of their content. */
@Schema(name = "TenantFigures")
public record TenantFiguresDto(
        @Schema(example = "sip") String code,
        long grids,
        long cases,
        long volunteers,
        long partyMembers,
        @Schema(description = "Rows per table", additionalProperties = Long.class) Map<String, Long> records) {
}
