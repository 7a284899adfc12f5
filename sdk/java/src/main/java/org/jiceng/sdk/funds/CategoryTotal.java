package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A category's income and expense in a published period.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class CategoryTotal {
    @JsonProperty("incomeFen")
    private long incomeFen;
    @JsonProperty("expenseFen")
    private long expenseFen;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private CategoryTotal() {
    }

    public long incomeFen() {
        return incomeFen;
    }

    public long expenseFen() {
        return expenseFen;
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
        return new Builder(new CategoryTotal());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static CategoryTotal copy(CategoryTotal from) {
        CategoryTotal c = new CategoryTotal();
        c.incomeFen = from.incomeFen;
        c.expenseFen = from.expenseFen;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CategoryTotal)) {
            return false;
        }
        CategoryTotal other = (CategoryTotal) o;
        return incomeFen == other.incomeFen
                && expenseFen == other.expenseFen
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(incomeFen, expenseFen);
    }

    @Override
    public String toString() {
        return "CategoryTotal{" + "incomeFen=" + incomeFen + ", " + "expenseFen=" + expenseFen + "}";
    }

    /** Builds a {@link CategoryTotal}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final CategoryTotal building;

        private Builder(CategoryTotal building) {
            this.building = building;
        }

        public Builder incomeFen(long incomeFen) {
            building.incomeFen = incomeFen;
            return this;
        }

        public Builder expenseFen(long expenseFen) {
            building.expenseFen = expenseFen;
            return this;
        }

        public CategoryTotal build() {
            return copy(building);
        }
    }
}
