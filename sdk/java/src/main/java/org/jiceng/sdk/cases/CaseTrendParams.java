package org.jiceng.sdk.cases;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Parameters of {@link CaseService#trend}: the node (the tenant's root without one), a category, and the months
 * [from, to) of the tenant's calendar (the six months up to and including this one without them; at most 24).
 */
public final class CaseTrendParams {
    private final String gridId;
    private final String categoryCode;
    private final YearMonth from;
    private final YearMonth to;

    private CaseTrendParams(Builder b) {
        this.gridId = b.gridId;
        this.categoryCode = b.categoryCode;
        this.from = b.from;
        this.to = b.to;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The tenant's root, the last six months. */
    public static CaseTrendParams none() {
        return builder().build();
    }

    public Optional<String> gridId() {
        return Optional.ofNullable(gridId);
    }

    public Optional<String> categoryCode() {
        return Optional.ofNullable(categoryCode);
    }

    public Optional<YearMonth> from() {
        return Optional.ofNullable(from);
    }

    /** The month after the last. */
    public Optional<YearMonth> to() {
        return Optional.ofNullable(to);
    }

    /** Builder of {@link CaseTrendParams}; everything is optional. */
    public static final class Builder {
        private String gridId;
        private String categoryCode;
        private YearMonth from;
        private YearMonth to;

        private Builder() {
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder categoryCode(String categoryCode) {
            this.categoryCode = categoryCode;
            return this;
        }

        public Builder from(YearMonth from) {
            this.from = from;
            return this;
        }

        /** The month after the last, e.g. from 2026-07 to 2027-01 for the second half of 2026. */
        public Builder to(YearMonth to) {
            this.to = to;
            return this;
        }

        public CaseTrendParams build() {
            return new CaseTrendParams(this);
        }
    }
}
