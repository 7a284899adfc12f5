package org.jiceng.platform.tenancy.domain;

import org.jiceng.platform.shared.tenant.Tenant;

import java.io.OutputStream;
import java.util.Map;

/** Every record a tenant owns, across all record families: exported as a whole, or erased as a whole. */
public interface TenantData {
    /** Record count per table; an empty map or all zeros means the tenant holds no data. */
    Map<String, Long> counts(String code);

    /**
     * Writes a ZIP archive to {@code out}: {@code manifest.json}, {@code tenant.json} and one JSON Lines file per
     * table, all read in one consistent snapshot, personal data decrypted. Returns what it wrote.
     */
    ExportSummary export(Tenant tenant, String exportedBy, OutputStream out);

    /**
     * @param records   rows per table
     * @param decrypted personal-data values decrypted per {@code table.column}
     */
    record ExportSummary(Map<String, Long> records, Map<String, Long> decrypted) {
    }

    /** Deletes every row of the tenant, then its registry entry, in one transaction. Returns rows deleted per table. */
    Map<String, Long> erase(String code);
}
