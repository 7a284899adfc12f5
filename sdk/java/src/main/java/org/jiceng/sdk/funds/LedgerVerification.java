package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What recomputing the hash chain found.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class LedgerVerification {
    @JsonProperty("accountId")
    private String accountId;
    @JsonProperty("periodsChecked")
    private int periodsChecked;
    @JsonProperty("entriesChecked")
    private int entriesChecked;
    @JsonProperty("intact")
    private boolean intact;
    @JsonProperty("firstBrokenEntryId")
    private String firstBrokenEntryId;
    @JsonProperty("firstBrokenPeriod")
    private String firstBrokenPeriod;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private LedgerVerification() {
    }

    public String accountId() {
        return accountId;
    }

    public int periodsChecked() {
        return periodsChecked;
    }

    public int entriesChecked() {
        return entriesChecked;
    }

    public boolean intact() {
        return intact;
    }

    public Optional<String> firstBrokenEntryId() {
        return Optional.ofNullable(firstBrokenEntryId);
    }

    public Optional<String> firstBrokenPeriod() {
        return Optional.ofNullable(firstBrokenPeriod);
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
        return new Builder(new LedgerVerification());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static LedgerVerification copy(LedgerVerification from) {
        LedgerVerification c = new LedgerVerification();
        c.accountId = from.accountId;
        c.periodsChecked = from.periodsChecked;
        c.entriesChecked = from.entriesChecked;
        c.intact = from.intact;
        c.firstBrokenEntryId = from.firstBrokenEntryId;
        c.firstBrokenPeriod = from.firstBrokenPeriod;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LedgerVerification)) {
            return false;
        }
        LedgerVerification other = (LedgerVerification) o;
        return Objects.equals(accountId, other.accountId)
                && periodsChecked == other.periodsChecked
                && entriesChecked == other.entriesChecked
                && intact == other.intact
                && Objects.equals(firstBrokenEntryId, other.firstBrokenEntryId)
                && Objects.equals(firstBrokenPeriod, other.firstBrokenPeriod)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, periodsChecked, entriesChecked);
    }

    @Override
    public String toString() {
        return "LedgerVerification{" + "accountId=" + accountId + ", " + "periodsChecked=" + periodsChecked + ", " + "entriesChecked=" + entriesChecked + "}";
    }

    /** Builds a {@link LedgerVerification}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final LedgerVerification building;

        private Builder(LedgerVerification building) {
            this.building = building;
        }

        public Builder accountId(String accountId) {
            building.accountId = accountId;
            return this;
        }

        public Builder periodsChecked(int periodsChecked) {
            building.periodsChecked = periodsChecked;
            return this;
        }

        public Builder entriesChecked(int entriesChecked) {
            building.entriesChecked = entriesChecked;
            return this;
        }

        public Builder intact(boolean intact) {
            building.intact = intact;
            return this;
        }

        public Builder firstBrokenEntryId(String firstBrokenEntryId) {
            building.firstBrokenEntryId = firstBrokenEntryId;
            return this;
        }

        public Builder firstBrokenPeriod(String firstBrokenPeriod) {
            building.firstBrokenPeriod = firstBrokenPeriod;
            return this;
        }

        public LedgerVerification build() {
            return copy(building);
        }
    }
}
