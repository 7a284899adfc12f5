package org.jiceng.platform.tenancy.application;

import java.util.List;
import java.util.Optional;

/** A merge patch of a tenant's name and settings: empty fields are left as they are. */
public record TenantChanges(Optional<String> name, Optional<String> locale, Optional<String> timeZone,
                            Optional<String> caseNumberPrefix, Optional<List<String>> allowedOrigins,
                            Optional<Integer> rateLimitPerMinute, Optional<Integer> caseReopenDays,
                            Optional<org.jiceng.platform.shared.tenant.TenantSettings.ScoreWeights> scoreWeights,
                            Optional<String> verificationSeparation, Optional<Integer> contactRetentionDays) {
}
