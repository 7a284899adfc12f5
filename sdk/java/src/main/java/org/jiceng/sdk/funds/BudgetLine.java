package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A line of an account's annual budget.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class BudgetLine {
    @JsonProperty("id")
    private String id;
    @JsonProperty("accountId")
    private String accountId;
    @JsonProperty("year")
    private int year;
    @JsonProperty("name")
    private String name;
    @JsonProperty("amountFen")
    private long amountFen;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private BudgetLine() {
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public int year() {
        return year;
    }

    public String name() {
        return name;
    }

    public long amountFen() {
        return amountFen;
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
        return new Builder(new BudgetLine());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static BudgetLine copy(BudgetLine from) {
        BudgetLine c = new BudgetLine();
        c.id = from.id;
        c.accountId = from.accountId;
        c.year = from.year;
        c.name = from.name;
        c.amountFen = from.amountFen;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BudgetLine)) {
            return false;
        }
        BudgetLine other = (BudgetLine) o;
        return Objects.equals(id, other.id)
                && Objects.equals(accountId, other.accountId)
                && year == other.year
                && Objects.equals(name, other.name)
                && amountFen == other.amountFen
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, accountId, year);
    }

    @Override
    public String toString() {
        return "BudgetLine{" + "id=" + id + ", " + "accountId=" + accountId + ", " + "year=" + year + "}";
    }

    /** Builds a {@link BudgetLine}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final BudgetLine building;

        private Builder(BudgetLine building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder accountId(String accountId) {
            building.accountId = accountId;
            return this;
        }

        public Builder year(int year) {
            building.year = year;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder amountFen(long amountFen) {
            building.amountFen = amountFen;
            return this;
        }

        public BudgetLine build() {
            return copy(building);
        }
    }
}
