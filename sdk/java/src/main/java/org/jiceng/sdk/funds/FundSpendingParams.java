package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * The subtree and periods of {@link FundAccountService#spending}.
 * Required: {@code gridId}, {@code from}, {@code to}.
 */
public final class FundSpendingParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("from")
    private final String from;
    @JsonProperty("to")
    private final String to;

    private FundSpendingParams(Builder b) {
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.from = Objects.requireNonNull(b.from, "from is required");
        this.to = Objects.requireNonNull(b.to, "to is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    public String gridId() {
        return gridId;
    }

    /** A period: yyyy or yyyy-mm. */
    public String from() {
        return from;
    }

    /** A period on or after from. */
    public String to() {
        return to;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridId = gridId;
        b.from = from;
        b.to = to;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FundSpendingParams)) {
            return false;
        }
        FundSpendingParams other = (FundSpendingParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(from, other.from)
                && Objects.equals(to, other.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, from, to);
    }

    /** Builder of {@link FundSpendingParams}. */
    public static final class Builder {
        private String gridId;
        private String from;
        private String to;

        private Builder() {
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        /** A period: yyyy or yyyy-mm. */
        public Builder from(String from) {
            this.from = from;
            return this;
        }

        /** A period on or after from. */
        public Builder to(String to) {
            this.to = to;
            return this;
        }

        public FundSpendingParams build() {
            return new FundSpendingParams(this);
        }
    }
}
