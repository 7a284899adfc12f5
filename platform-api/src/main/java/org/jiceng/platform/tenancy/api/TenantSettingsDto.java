package org.jiceng.platform.tenancy.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A tenant's settings as the admin API shows and takes them. */
@Schema(name = "TenantSettings")
public record TenantSettingsDto(
        @Schema(enumeration = {"zh-CN", "en"}) String locale,
        @Schema(example = "Asia/Shanghai") String timeZone,
        @Schema(example = "SIP", description = "Prefix of case numbers such as SIP-2026-000123") String caseNumberPrefix,
        @Schema(type = SchemaType.ARRAY, implementation = String.class,
                description = "Browser origins of vendors' front ends allowed by CORS, e.g. https://app.example.cn")
        List<String> allowedOrigins,
        @Schema(description = "Requests per minute and client") Integer rateLimitPerMinute,
        @Schema(description = "Days after closing within which an unsatisfied resident may reopen a case")
        Integer caseReopenDays,
        @Schema(description = "Percent weights of the response, resolution and satisfaction rates in a street's "
                + "score; they add up to 100") WeightsDto scoreWeights,
        @Schema(enumeration = {"UNIT", "SUBJECT", "OFF"}, description = "Who may not verify a resolved case: UNIT "
                + "(default) nobody assigned to the unit that resolved it, SUBJECT not the person who resolved it, "
                + "OFF no restriction") String verificationSeparation,
        @Schema(description = "Days after a case closes that its reporter's name and phone are kept, then erased "
                + "(1-3650, default 365)") Integer contactRetentionDays) {

    /** Weights of the three rates, in percent. */
    @Schema(name = "TenantScoreWeights")
    public record WeightsDto(Integer response, Integer resolution, Integer satisfaction) {
    }
}
