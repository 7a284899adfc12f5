package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A period's and category's published income and expense.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class SpendingLine {
    @JsonProperty("period")
    private String period;
    @JsonProperty("category")
    private String category;
    @JsonProperty("incomeFen")
    private long incomeFen;
    @JsonProperty("expenseFen")
    private long expenseFen;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private SpendingLine() {
    }

    public String period() {
        return period;
    }

    public String category() {
        return category;
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
        return new Builder(new SpendingLine());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static SpendingLine copy(SpendingLine from) {
        SpendingLine c = new SpendingLine();
        c.period = from.period;
        c.category = from.category;
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
        if (!(o instanceof SpendingLine)) {
            return false;
        }
        SpendingLine other = (SpendingLine) o;
        return Objects.equals(period, other.period)
                && Objects.equals(category, other.category)
                && incomeFen == other.incomeFen
                && expenseFen == other.expenseFen
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, category, incomeFen);
    }

    @Override
    public String toString() {
        return "SpendingLine{" + "period=" + period + ", " + "category=" + category + ", " + "incomeFen=" + incomeFen + "}";
    }

    /** Builds a {@link SpendingLine}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final SpendingLine building;

        private Builder(SpendingLine building) {
            this.building = building;
        }

        public Builder period(String period) {
            building.period = period;
            return this;
        }

        public Builder category(String category) {
            building.category = category;
            return this;
        }

        public Builder incomeFen(long incomeFen) {
            building.incomeFen = incomeFen;
            return this;
        }

        public Builder expenseFen(long expenseFen) {
            building.expenseFen = expenseFen;
            return this;
        }

        public SpendingLine build() {
            return copy(building);
        }
    }
}
