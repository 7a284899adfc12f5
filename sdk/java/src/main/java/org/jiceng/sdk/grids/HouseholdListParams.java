package org.jiceng.sdk.grids;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Filters of {@link HouseholdService#list}: the households within a grid subtree.
 * Required: {@code gridId}.
 */
public final class HouseholdListParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("limit")
    private final Integer limit;

    private HouseholdListParams(Builder b) {
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String gridId() {
        return gridId;
    }

    /** Page size, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridId = gridId;
        b.limit = limit;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HouseholdListParams)) {
            return false;
        }
        HouseholdListParams other = (HouseholdListParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, limit);
    }

    /** Builder of {@link HouseholdListParams}. */
    public static final class Builder {
        private String gridId;
        private Integer limit;

        private Builder() {
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        /** Page size, 1-500 (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public HouseholdListParams build() {
            return new HouseholdListParams(this);
        }
    }
}
