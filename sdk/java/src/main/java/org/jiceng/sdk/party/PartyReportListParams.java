package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Filters of the in-service reports made to an organisation.
 */
public final class PartyReportListParams {
    @JsonProperty("state")
    private final ReportState state;
    @JsonProperty("limit")
    private final Integer limit;

    private PartyReportListParams(Builder b) {
        this.state = b.state;
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<ReportState> state() {
        return Optional.ofNullable(state);
    }

    /** Page size, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.state = state;
        b.limit = limit;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PartyReportListParams)) {
            return false;
        }
        PartyReportListParams other = (PartyReportListParams) o;
        return Objects.equals(state, other.state)
                && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, limit);
    }

    /** Builder of {@link PartyReportListParams}. */
    public static final class Builder {
        private ReportState state;
        private Integer limit;

        private Builder() {
        }

        public Builder state(ReportState state) {
            this.state = state;
            return this;
        }

        /** Page size, 1-500 (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public PartyReportListParams build() {
            return new PartyReportListParams(this);
        }
    }
}
