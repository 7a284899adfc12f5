package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters of an organisation's meetings: between two dates, either open.
 */
public final class MeetingListParams {
    @JsonProperty("from")
    private final LocalDate from;
    @JsonProperty("to")
    private final LocalDate to;
    @JsonProperty("limit")
    private final Integer limit;

    private MeetingListParams(Builder b) {
        this.from = b.from;
        this.to = b.to;
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** First day, inclusive. */
    public Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    /** Last day, inclusive. */
    public Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    /** Page size, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.from = from;
        b.to = to;
        b.limit = limit;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MeetingListParams)) {
            return false;
        }
        MeetingListParams other = (MeetingListParams) o;
        return Objects.equals(from, other.from)
                && Objects.equals(to, other.to)
                && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, limit);
    }

    /** Builder of {@link MeetingListParams}. */
    public static final class Builder {
        private LocalDate from;
        private LocalDate to;
        private Integer limit;

        private Builder() {
        }

        /** First day, inclusive. */
        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        /** Last day, inclusive. */
        public Builder to(LocalDate to) {
            this.to = to;
            return this;
        }

        /** Page size, 1-500 (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public MeetingListParams build() {
            return new MeetingListParams(this);
        }
    }
}
