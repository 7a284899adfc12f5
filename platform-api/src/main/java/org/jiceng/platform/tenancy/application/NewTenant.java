package org.jiceng.platform.tenancy.application;

import java.util.List;

/** What registering a tenant takes; unset settings take their defaults. */
public record NewTenant(String code, String name, String kind, String divisionCode, String issuer, String locale,
                        String timeZone, String caseNumberPrefix, List<String> allowedOrigins,
                        Integer rateLimitPerMinute, Integer caseReopenDays,
                        org.jiceng.platform.shared.tenant.TenantSettings.ScoreWeights scoreWeights,
                        String verificationSeparation, Integer contactRetentionDays) {
}
