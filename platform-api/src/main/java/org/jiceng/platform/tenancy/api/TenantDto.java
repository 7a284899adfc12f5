package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A registered tenant. */
@Schema(name = "Tenant")
public record TenantDto(
        @Schema(example = "sip") String code,
        @Schema(example = "苏州工业园区") String name,
        @Schema(enumeration = {"CITY", "DISTRICT"}) String kind,
        @Schema(example = "320571") String divisionCode,
        @Schema(example = "https://id.example.cn/realms/jiceng-sip") String issuer,
        @Schema(enumeration = {"ACTIVE", "SUSPENDED"}) String status,
        TenantSettingsDto settings,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
