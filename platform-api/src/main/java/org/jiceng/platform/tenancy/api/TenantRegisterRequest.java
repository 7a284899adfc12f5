package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /admin/v1/tenants}; omitted settings take their defaults. */
@Schema(name = "TenantRegister", description = "Omitted settings take their defaults")
public record TenantRegisterRequest(
        @Schema(required = true, example = "sip", description = "2-31 lower-case letters, digits or dashes") String code,
        @Schema(required = true, example = "苏州工业园区") String name,
        @Schema(required = true, enumeration = {"CITY", "DISTRICT"}) String kind,
        @Schema(required = true, example = "320571") String divisionCode,
        @Schema(required = true, description = "Issuer (iss) of the tenant's realm") String issuer,
        // no @Schema here: Payara's OpenAPI reads any annotated method whose name contains "set" as a setter
        TenantSettingsDto settings) {
}
