package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;
import org.jiceng.sdk.grids.GridLevel;
import java.util.Optional;

/**
 * Parameters of {@link CaseService#stats}: one group per node of {@code groupBy} inside {@code gridId}, over [from, to) in the tenant's time zone (this month without dates).
 * Required: {@code groupBy}.
 */
public final class CaseStatsParams {
    @JsonProperty("groupBy")
    private final GridLevel groupBy;
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("categoryCode")
    private final String categoryCode;
    @JsonProperty("from")
    private final LocalDate from;
    @JsonProperty("to")
    private final LocalDate to;

    private CaseStatsParams(Builder b) {
        this.groupBy = Objects.requireNonNull(b.groupBy, "groupBy is required");
        this.gridId = b.gridId;
        this.categoryCode = b.categoryCode;
        this.from = b.from;
        this.to = b.to;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** e.g. STREET to rank a district's streets. */
    public GridLevel groupBy() {
        return groupBy;
    }

    /** The subtree to group; the whole tenant without it. */
    public Optional<String> gridId() {
        return Optional.ofNullable(gridId);
    }

    /** Only cases of one category. */
    public Optional<String> categoryCode() {
        return Optional.ofNullable(categoryCode);
    }

    public Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    public Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.groupBy = groupBy;
        b.gridId = gridId;
        b.categoryCode = categoryCode;
        b.from = from;
        b.to = to;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CaseStatsParams)) {
            return false;
        }
        CaseStatsParams other = (CaseStatsParams) o;
        return Objects.equals(groupBy, other.groupBy)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(categoryCode, other.categoryCode)
                && Objects.equals(from, other.from)
                && Objects.equals(to, other.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(groupBy, gridId, categoryCode, from, to);
    }

    /** Builder of {@link CaseStatsParams}. */
    public static final class Builder {
        private GridLevel groupBy;
        private String gridId;
        private String categoryCode;
        private LocalDate from;
        private LocalDate to;

        private Builder() {
        }

        /** e.g. STREET to rank a district's streets. */
        public Builder groupBy(GridLevel groupBy) {
            this.groupBy = groupBy;
            return this;
        }

        /** The subtree to group; the whole tenant without it. */
        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        /** Only cases of one category. */
        public Builder categoryCode(String categoryCode) {
            this.categoryCode = categoryCode;
            return this;
        }

        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        public Builder to(LocalDate to) {
            this.to = to;
            return this;
        }

        public CaseStatsParams build() {
            return new CaseStatsParams(this);
        }
    }
}
