package org.jiceng.admin.onboarding;

import org.jiceng.sdk.grids.GridImportResult;

import java.util.Optional;

/**
 * What an onboarding left behind. Secrets and passwords are present only when this run created them: they are
 * shown once and kept nowhere.
 */
public record OnboardingResult(String code, String issuer, boolean tenantCreated, String machineClientId,
                               Optional<String> machineClientSecret, Optional<String> adminUser,
                               Optional<String> adminTemporaryPassword, Optional<String> browserClientId,
                               Optional<GridImportResult> gridImport) {
}
