package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The ledger check: every balance against the sum of its entries.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class LedgerCheck {
    @JsonProperty("accounts")
    private long accounts;
    @JsonProperty("mismatchedAccounts")
    private long mismatchedAccounts;
    @JsonProperty("sumOfAllEntries")
    private long sumOfAllEntries;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private LedgerCheck() {
    }

    public long accounts() {
        return accounts;
    }

    /** Accounts whose balance is not the sum of their entries; 0 when the ledger is sound. */
    public long mismatchedAccounts() {
        return mismatchedAccounts;
    }

    /** 0 in a double-entry ledger. */
    public long sumOfAllEntries() {
        return sumOfAllEntries;
    }

    /** A sound ledger has no mismatched account, and its entries sum to zero. */
    public boolean sound() {
        return mismatchedAccounts == 0 && sumOfAllEntries == 0;
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
        return new Builder(new LedgerCheck());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static LedgerCheck copy(LedgerCheck from) {
        LedgerCheck c = new LedgerCheck();
        c.accounts = from.accounts;
        c.mismatchedAccounts = from.mismatchedAccounts;
        c.sumOfAllEntries = from.sumOfAllEntries;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LedgerCheck)) {
            return false;
        }
        LedgerCheck other = (LedgerCheck) o;
        return accounts == other.accounts
                && mismatchedAccounts == other.mismatchedAccounts
                && sumOfAllEntries == other.sumOfAllEntries
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accounts, mismatchedAccounts, sumOfAllEntries);
    }

    @Override
    public String toString() {
        return "LedgerCheck{" + "accounts=" + accounts + ", " + "mismatchedAccounts=" + mismatchedAccounts + ", " + "sumOfAllEntries=" + sumOfAllEntries + "}";
    }

    /** Builds a {@link LedgerCheck}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final LedgerCheck building;

        private Builder(LedgerCheck building) {
            this.building = building;
        }

        public Builder accounts(long accounts) {
            building.accounts = accounts;
            return this;
        }

        public Builder mismatchedAccounts(long mismatchedAccounts) {
            building.mismatchedAccounts = mismatchedAccounts;
            return this;
        }

        public Builder sumOfAllEntries(long sumOfAllEntries) {
            building.sumOfAllEntries = sumOfAllEntries;
            return this;
        }

        public LedgerCheck build() {
            return copy(building);
        }
    }
}
