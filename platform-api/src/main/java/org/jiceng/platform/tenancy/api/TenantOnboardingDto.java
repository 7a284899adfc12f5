package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What onboarding made. Secrets and the temporary password are shown this once and kept nowhere. */
@Schema(name = "TenantOnboarding")
public record TenantOnboardingDto(
        TenantDto tenant,
        @Schema(example = "https://id.example.cn/realms/jiceng-sip") String issuer,
        @Schema(example = "sip-admin", description = "Machine client with the tenant-admin role") String machineClientId,
        @Schema(nullable = true, description = "Its secret; null when the client existed already")
        String machineClientSecret,
        @Schema(nullable = true) String adminUsername,
        @Schema(nullable = true, description = "The first admin's temporary password; null when the user existed")
        String adminTemporaryPassword,
        @Schema(nullable = true, example = "sip-web") String browserClientId) {
}
