package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The subtree and period of {@link TopicService#stats}.
 * Required: {@code gridId}, {@code from}, {@code to}.
 */
public final class DeliberationStatsParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("from")
    private final LocalDate from;
    @JsonProperty("to")
    private final LocalDate to;

    private DeliberationStatsParams(Builder b) {
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

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
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
        if (!(o instanceof DeliberationStatsParams)) {
            return false;
        }
        DeliberationStatsParams other = (DeliberationStatsParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(from, other.from)
                && Objects.equals(to, other.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, from, to);
    }

    /** Builder of {@link DeliberationStatsParams}. */
    public static final class Builder {
        private String gridId;
        private LocalDate from;
        private LocalDate to;

        private Builder() {
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
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

        public DeliberationStatsParams build() {
            return new DeliberationStatsParams(this);
        }
    }
}
