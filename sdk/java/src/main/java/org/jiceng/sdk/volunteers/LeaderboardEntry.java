package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One line of a volunteer leaderboard. Immutable. */
public final class LeaderboardEntry {
    @JsonProperty("rank") private int rank;
    @JsonProperty("volunteerId") private String volunteerId;
    @JsonProperty("certificateNo") private String certificateNo;
    @JsonProperty("pointsEarned") private long pointsEarned;
    @JsonProperty("services") private long services;

    private LeaderboardEntry() {
    }

    public int rank() { return rank; }
    public String volunteerId() { return volunteerId; }
    public String certificateNo() { return certificateNo; }
    public long pointsEarned() { return pointsEarned; }
    public long services() { return services; }
}
