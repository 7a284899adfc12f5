package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Filters of {@link FundAccountService#listEntries}.
 */
public final class FundEntryListParams {
    @JsonProperty("period")
    private final String period;
    @JsonProperty("limit")
    private final Integer limit;

    private FundEntryListParams(Builder b) {
        this.period = b.period;
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** yyyy-mm or yyyy. */
    public Optional<String> period() {
        return Optional.ofNullable(period);
    }

    /** Page size, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.period = period;
        b.limit = limit;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FundEntryListParams)) {
            return false;
        }
        FundEntryListParams other = (FundEntryListParams) o;
        return Objects.equals(period, other.period)
                && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, limit);
    }

    /** Builder of {@link FundEntryListParams}. */
    public static final class Builder {
        private String period;
        private Integer limit;

        private Builder() {
        }

        /** yyyy-mm or yyyy. */
        public Builder period(String period) {
            this.period = period;
            return this;
        }

        /** Page size, 1-500 (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public FundEntryListParams build() {
            return new FundEntryListParams(this);
        }
    }
}
