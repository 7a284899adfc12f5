package org.jiceng.platform.shared.pii;

import java.util.List;
import java.util.Map;

/**
 * A record family that holds personal data, as the data-subject requests see it (PIPL arts. 45 and 47): what it
 * holds about a person, in clear, and the erasure of that person's data while the records stay, anonymised. Each
 * context that keeps personal data provides one; the requests run in the caller's tenant transaction.
 */
public interface PersonalDataHolder {
    /** The family's name in exports and erasure counts, e.g. {@code cases}. */
    String family();

    /** The records about the person, each with its personal data opened. */
    List<Map<String, Object>> export(DataSubject person);

    /** Erases the person's data from the family's records; returns how many records were anonymised. */
    int erase(DataSubject person);
}
