package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an expiry run expired.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class ExpiryResult {
    @JsonProperty("accounts")
    private int accounts;
    @JsonProperty("points")
    private long points;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private ExpiryResult() {
    }

    /** Accounts that had points to expire. */
    public int accounts() {
        return accounts;
    }

    /** Points moved to the expiry sink. */
    public long points() {
        return points;
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
        return new Builder(new ExpiryResult());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static ExpiryResult copy(ExpiryResult from) {
        ExpiryResult c = new ExpiryResult();
        c.accounts = from.accounts;
        c.points = from.points;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ExpiryResult)) {
            return false;
        }
        ExpiryResult other = (ExpiryResult) o;
        return accounts == other.accounts
                && points == other.points
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accounts, points);
    }

    @Override
    public String toString() {
        return "ExpiryResult{" + "accounts=" + accounts + ", " + "points=" + points + "}";
    }

    /** Builds a {@link ExpiryResult}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final ExpiryResult building;

        private Builder(ExpiryResult building) {
            this.building = building;
        }

        public Builder accounts(int accounts) {
            building.accounts = accounts;
            return this;
        }

        public Builder points(long points) {
            building.points = points;
            return this;
        }

        public ExpiryResult build() {
            return copy(building);
        }
    }
}
