package org.jiceng.sdk.privacy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a tenant holds about one person: for each record family ({@code cases}, {@code volunteers}, {@code partyMembers}) the records, with the person's own data in clear.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PersonalDataExport {
    @JsonProperty("records")
    private Map<String,List<Map<String,Object>>> records;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PersonalDataExport() {
    }

    /** The records by family. */
    public Map<String,List<Map<String,Object>>> records() {
        return records;
    }

    /** The records of one family; empty when it holds nothing about the person. */
    public List<Map<String, Object>> family(String family) {
        return records == null ? List.of() : records.getOrDefault(family, List.of());
    }

    /** JSON fields this SDK version does not model. */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    private void putAdditionalProperty(String key, Object value) {
        additionalProperties.put(key, value);
    }

    public static Builder builder() {
        return new Builder(new PersonalDataExport());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PersonalDataExport copy(PersonalDataExport from) {
        PersonalDataExport c = new PersonalDataExport();
        c.records = from.records;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PersonalDataExport)) {
            return false;
        }
        PersonalDataExport other = (PersonalDataExport) o;
        return Objects.equals(records, other.records)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(records);
    }

    @Override
    public String toString() {
        return "PersonalDataExport{" + "records=" + records + "}";
    }

    /** Builds a {@link PersonalDataExport}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PersonalDataExport building;

        private Builder(PersonalDataExport building) {
            this.building = building;
        }

        public Builder records(Map<String,List<Map<String,Object>>> records) {
            building.records = records;
            return this;
        }

        public PersonalDataExport build() {
            return copy(building);
        }
    }


}
