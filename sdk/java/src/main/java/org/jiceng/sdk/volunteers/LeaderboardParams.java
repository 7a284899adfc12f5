package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters of {@link VolunteerService#leaderboard}; without dates, this month in the tenant's time zone.
 */
public final class LeaderboardParams {
    @JsonProperty("from")
    private final LocalDate from;
    @JsonProperty("to")
    private final LocalDate to;
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("teamId")
    private final String teamId;
    @JsonProperty("limit")
    private final Integer limit;

    private LeaderboardParams(Builder b) {
        this.from = b.from;
        this.to = b.to;
        this.gridId = b.gridId;
        this.teamId = b.teamId;
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** First day, inclusive. */
    public Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    /** Last day, exclusive. */
    public Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }

    /** Only volunteers whose home grid is in this subtree. */
    public Optional<String> gridId() {
        return Optional.ofNullable(gridId);
    }

    /** Only members of this team. */
    public Optional<String> teamId() {
        return Optional.ofNullable(teamId);
    }

    /** How many rows, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.from = from;
        b.to = to;
        b.gridId = gridId;
        b.teamId = teamId;
        b.limit = limit;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LeaderboardParams)) {
            return false;
        }
        LeaderboardParams other = (LeaderboardParams) o;
        return Objects.equals(from, other.from)
                && Objects.equals(to, other.to)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(teamId, other.teamId)
                && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, gridId, teamId, limit);
    }

    /** Builder of {@link LeaderboardParams}. */
    public static final class Builder {
        private LocalDate from;
        private LocalDate to;
        private String gridId;
        private String teamId;
        private Integer limit;

        private Builder() {
        }

        /** First day, inclusive. */
        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        /** Last day, exclusive. */
        public Builder to(LocalDate to) {
            this.to = to;
            return this;
        }

        /** Only volunteers whose home grid is in this subtree. */
        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        /** Only members of this team. */
        public Builder teamId(String teamId) {
            this.teamId = teamId;
            return this;
        }

        /** How many rows, 1-500 (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public LeaderboardParams build() {
            return new LeaderboardParams(this);
        }
    }
}
