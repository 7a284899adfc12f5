package org.jiceng.admin.onboarding;

import org.jiceng.keycloak.RealmProvisioner;
import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.tenants.Tenant;
import org.jiceng.sdk.tenants.TenantExport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Offboards a tenant: suspends it, exports every record to a file (checked to be a readable archive with a
 * manifest before anything is deleted), erases it on the platform with the export's confirmation, and deletes
 * its realm.
 */
public final class Offboarder {
    private final RealmProvisioner realms;
    private final JicengClient platform;

    public Offboarder(RealmProvisioner realms, JicengClient platform) {
        this.realms = realms;
        this.platform = platform;
    }

    /** Returns the rows deleted per table. */
    public Map<String, Long> offboard(String code, Path exportFile) {
        Tenant tenant = platform.tenants().retrieve(code);
        if (tenant.isActive()) {
            platform.tenants().suspend(code);
        }
        TenantExport export = platform.tenants().export(code);
        byte[] archive = export.archive();
        requireManifest(archive);
        try {
            Path tmp = Files.createTempFile(exportFile.toAbsolutePath().getParent(), ".jiceng-export", ".zip");
            Files.write(tmp, archive);
            Files.move(tmp, exportFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export to " + exportFile + "; nothing was deleted", e);
        }
        String confirmation = export.offboardingConfirmation().orElseThrow(() -> new IllegalStateException(
                "The platform handed out no offboarding confirmation; nothing was deleted"));
        Map<String, Long> deleted = platform.tenants().offboard(code, confirmation);
        realms.deleteRealm(code);
        return deleted;
    }

    private static void requireManifest(byte[] archive) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("manifest.json")) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The export is not a readable archive; nothing was deleted", e);
        }
        throw new IllegalStateException("The export has no manifest; nothing was deleted");
    }
}
