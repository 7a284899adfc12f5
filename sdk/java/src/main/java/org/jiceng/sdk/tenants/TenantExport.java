package org.jiceng.sdk.tenants;

import java.util.Optional;

/**
 * A tenant's complete export: a ZIP of {@code manifest.json}, {@code tenant.json} and one JSON Lines file per
 * record family. An export of a suspended tenant also carries the one-time confirmation that offboarding asks for.
 */
public final class TenantExport {
    private final byte[] archive;
    private final String offboardingConfirmation;

    TenantExport(byte[] archive, String offboardingConfirmation) {
        this.archive = archive;
        this.offboardingConfirmation = offboardingConfirmation;
    }

    public byte[] archive() {
        return archive.clone();
    }

    public Optional<String> offboardingConfirmation() {
        return Optional.ofNullable(offboardingConfirmation);
    }
}
