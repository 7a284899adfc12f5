package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Published spending of a subtree's accounts by period and category.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class FundSpending {
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("from")
    private String from;
    @JsonProperty("to")
    private String to;
    @JsonProperty("incomeFen")
    private long incomeFen;
    @JsonProperty("expenseFen")
    private long expenseFen;
    @JsonProperty("byCategory")
    private Map<String, CategoryTotal> byCategory;
    @JsonProperty("lines")
    private List<SpendingLine> lines;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private FundSpending() {
    }

    public String gridId() {
        return gridId;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public long incomeFen() {
        return incomeFen;
    }

    public long expenseFen() {
        return expenseFen;
    }

    public Map<String, CategoryTotal> byCategory() {
        return byCategory == null ? Map.of() : Collections.unmodifiableMap(byCategory);
    }

    public List<SpendingLine> lines() {
        return lines == null ? List.of() : Collections.unmodifiableList(lines);
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
        return new Builder(new FundSpending());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static FundSpending copy(FundSpending from) {
        FundSpending c = new FundSpending();
        c.gridId = from.gridId;
        c.from = from.from;
        c.to = from.to;
        c.incomeFen = from.incomeFen;
        c.expenseFen = from.expenseFen;
        c.byCategory = from.byCategory;
        c.lines = from.lines;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FundSpending)) {
            return false;
        }
        FundSpending other = (FundSpending) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(from, other.from)
                && Objects.equals(to, other.to)
                && incomeFen == other.incomeFen
                && expenseFen == other.expenseFen
                && Objects.equals(byCategory, other.byCategory)
                && Objects.equals(lines, other.lines)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, from, to);
    }

    @Override
    public String toString() {
        return "FundSpending{" + "gridId=" + gridId + ", " + "from=" + from + ", " + "to=" + to + "}";
    }

    /** Builds a {@link FundSpending}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final FundSpending building;

        private Builder(FundSpending building) {
            this.building = building;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder from(String from) {
            building.from = from;
            return this;
        }

        public Builder to(String to) {
            building.to = to;
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

        public Builder byCategory(Map<String, CategoryTotal> byCategory) {
            building.byCategory = byCategory;
            return this;
        }

        public Builder lines(List<SpendingLine> lines) {
            building.lines = lines;
            return this;
        }

        public FundSpending build() {
            return copy(building);
        }
    }
}
