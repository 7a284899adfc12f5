package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A volunteer activity: time window, grid, capacity, points rule and organiser. Immutable. */
public final class Activity {
    @JsonProperty("id") private String id;
    @JsonProperty("title") private String title;
    @JsonProperty("gridId") private String gridId;
    @JsonProperty("startsAt") private OffsetDateTime startsAt;
    @JsonProperty("endsAt") private OffsetDateTime endsAt;
    @JsonProperty("capacity") private int capacity;
    @JsonProperty("organiserSubject") private String organiserSubject;
    @JsonProperty("pointsFixed") private Integer pointsFixed;
    @JsonProperty("pointsPerHour") private Integer pointsPerHour;
    @JsonProperty("multiplierCode") private String multiplierCode;
    @JsonProperty("multiplierPercent") private int multiplierPercent;

    private Activity() {
    }

    public String id() { return id; }
    public String title() { return title; }
    public String gridId() { return gridId; }
    public OffsetDateTime startsAt() { return startsAt; }
    public OffsetDateTime endsAt() { return endsAt; }
    public int capacity() { return capacity; }
    public String organiserSubject() { return organiserSubject; }
    public Optional<Integer> pointsFixed() { return Optional.ofNullable(pointsFixed); }
    public Optional<Integer> pointsPerHour() { return Optional.ofNullable(pointsPerHour); }
    public Optional<String> multiplierCode() { return Optional.ofNullable(multiplierCode); }
    /** The multiplier as it stood when the activity was created; 100 without one. */
    public int multiplierPercent() { return multiplierPercent; }
}
