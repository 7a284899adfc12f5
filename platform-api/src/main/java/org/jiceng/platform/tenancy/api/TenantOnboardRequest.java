package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /admin/v1/tenants:onboard}; the issuer is the realm onboarding creates. */
@Schema(name = "TenantOnboard", description = "Omitted settings take their defaults; settings.allowedOrigins, when "
        + "given, also get a browser client <code>-web")
public record TenantOnboardRequest(
        @Schema(required = true, example = "sip", description = "2-31 lower-case letters, digits or dashes") String code,
        @Schema(required = true, example = "苏州工业园区") String name,
        @Schema(required = true, enumeration = {"CITY", "DISTRICT"}) String kind,
        @Schema(required = true, example = "320571") String divisionCode,
        @Schema(example = "zhang.wei", description = "Username of the first tenant admin, who signs in with a "
                + "temporary password and must change it") String adminUsername,
        @Schema(example = "zhang.wei@sipac.gov.cn") String adminEmail,
        TenantSettingsDto settings) {
}
