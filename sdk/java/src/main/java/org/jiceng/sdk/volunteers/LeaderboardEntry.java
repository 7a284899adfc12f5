package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a volunteers' leaderboard.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class LeaderboardEntry {
    @JsonProperty("rank")
    private int rank;
    @JsonProperty("volunteerId")
    private String volunteerId;
    @JsonProperty("certificateNo")
    private String certificateNo;
    @JsonProperty("pointsEarned")
    private long pointsEarned;
    @JsonProperty("services")
    private long services;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private LeaderboardEntry() {
    }

    public int rank() {
        return rank;
    }

    public String volunteerId() {
        return volunteerId;
    }

    public String certificateNo() {
        return certificateNo;
    }

    public long pointsEarned() {
        return pointsEarned;
    }

    public long services() {
        return services;
    }

    /** JSON fields this SDK version does not model. */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    private void putAdditionalProperty(String key, Object value) {
        additionalProperties.put(key, value);
    }

    public static Builder builder() {
        return new Builder(new LeaderboardEntry());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static LeaderboardEntry copy(LeaderboardEntry from) {
        LeaderboardEntry c = new LeaderboardEntry();
        c.rank = from.rank;
        c.volunteerId = from.volunteerId;
        c.certificateNo = from.certificateNo;
        c.pointsEarned = from.pointsEarned;
        c.services = from.services;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LeaderboardEntry)) {
            return false;
        }
        LeaderboardEntry other = (LeaderboardEntry) o;
        return rank == other.rank
                && Objects.equals(volunteerId, other.volunteerId)
                && Objects.equals(certificateNo, other.certificateNo)
                && pointsEarned == other.pointsEarned
                && services == other.services
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rank, volunteerId, certificateNo);
    }

    @Override
    public String toString() {
        return "LeaderboardEntry{" + "rank=" + rank + ", " + "volunteerId=" + volunteerId + ", " + "certificateNo=" + certificateNo + ", " + "pointsEarned=" + pointsEarned + "}";
    }

    /** Builds a {@link LeaderboardEntry}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final LeaderboardEntry building;

        private Builder(LeaderboardEntry building) {
            this.building = building;
        }

        public Builder rank(int rank) {
            building.rank = rank;
            return this;
        }

        public Builder volunteerId(String volunteerId) {
            building.volunteerId = volunteerId;
            return this;
        }

        public Builder certificateNo(String certificateNo) {
            building.certificateNo = certificateNo;
            return this;
        }

        public Builder pointsEarned(long pointsEarned) {
            building.pointsEarned = pointsEarned;
            return this;
        }

        public Builder services(long services) {
            building.services = services;
            return this;
        }

        public LeaderboardEntry build() {
            return copy(building);
        }
    }
}
