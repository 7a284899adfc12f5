package org.jiceng.sdk.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * What a tenant holds about one person: for each record family ({@code cases}, {@code volunteers},
 * {@code partyMembers}) the records, with the person's own data in clear. Immutable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class PersonalDataExport {
    @JsonProperty("records")
    private Map<String, List<Map<String, Object>>> records = Map.of();

    private PersonalDataExport() {
    }

    public Map<String, List<Map<String, Object>>> records() {
        return records == null ? Map.of() : Map.copyOf(records);
    }

    /** The records of one family; empty when it holds nothing about the person. */
    public List<Map<String, Object>> family(String family) {
        return records().getOrDefault(family, List.of());
    }
}
