package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * A budget line for {@link FundAccountService#addBudgetLine}.
 * Required: {@code year}, {@code name}, {@code amountFen}.
 */
public final class BudgetLineParams {
    @JsonProperty("year")
    private final Integer year;
    @JsonProperty("name")
    private final String name;
    @JsonProperty("amountFen")
    private final Long amountFen;

    private BudgetLineParams(Builder b) {
        this.year = Objects.requireNonNull(b.year, "year is required");
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.amountFen = Objects.requireNonNull(b.amountFen, "amountFen is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Integer year() {
        return year;
    }

    public String name() {
        return name;
    }

    /** Whole fen above 0. */
    public Long amountFen() {
        return amountFen;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.year = year;
        b.name = name;
        b.amountFen = amountFen;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BudgetLineParams)) {
            return false;
        }
        BudgetLineParams other = (BudgetLineParams) o;
        return Objects.equals(year, other.year)
                && Objects.equals(name, other.name)
                && Objects.equals(amountFen, other.amountFen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, name, amountFen);
    }

    /** Builder of {@link BudgetLineParams}. */
    public static final class Builder {
        private Integer year;
        private String name;
        private Long amountFen;

        private Builder() {
        }

        public Builder year(Integer year) {
            this.year = year;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Whole fen above 0. */
        public Builder amountFen(Long amountFen) {
            this.amountFen = amountFen;
            return this;
        }

        public BudgetLineParams build() {
            return new BudgetLineParams(this);
        }
    }
}
