package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many households a member covers.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class HouseholdCount {
    @JsonProperty("memberId")
    private String memberId;
    @JsonProperty("households")
    private long households;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private HouseholdCount() {
    }

    public String memberId() {
        return memberId;
    }

    public long households() {
        return households;
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
        return new Builder(new HouseholdCount());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static HouseholdCount copy(HouseholdCount from) {
        HouseholdCount c = new HouseholdCount();
        c.memberId = from.memberId;
        c.households = from.households;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HouseholdCount)) {
            return false;
        }
        HouseholdCount other = (HouseholdCount) o;
        return Objects.equals(memberId, other.memberId)
                && households == other.households
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberId, households);
    }

    @Override
    public String toString() {
        return "HouseholdCount{" + "memberId=" + memberId + ", " + "households=" + households + "}";
    }

    /** Builds a {@link HouseholdCount}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final HouseholdCount building;

        private Builder(HouseholdCount building) {
            this.building = building;
        }

        public Builder memberId(String memberId) {
            building.memberId = memberId;
            return this;
        }

        public Builder households(long households) {
            building.households = households;
            return this;
        }

        public HouseholdCount build() {
            return copy(building);
        }
    }
}
