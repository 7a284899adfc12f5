package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A volunteer's sign-up: SIGNED_UP, CANCELLED, CHECKED_IN, CHECKED_OUT or VERIFIED. Immutable. */
public final class ActivitySignup {
    @JsonProperty("id") private String id;
    @JsonProperty("activityId") private String activityId;
    @JsonProperty("volunteerId") private String volunteerId;
    @JsonProperty("status") private String status;
    @JsonProperty("checkedInAt") private OffsetDateTime checkedInAt;
    @JsonProperty("checkedOutAt") private OffsetDateTime checkedOutAt;
    @JsonProperty("verifiedMinutes") private Integer verifiedMinutes;
    @JsonProperty("points") private Integer points;

    private ActivitySignup() {
    }

    public String id() { return id; }
    public String activityId() { return activityId; }
    public String volunteerId() { return volunteerId; }
    public String status() { return status; }
    public Optional<OffsetDateTime> checkedInAt() { return Optional.ofNullable(checkedInAt); }
    public Optional<OffsetDateTime> checkedOutAt() { return Optional.ofNullable(checkedOutAt); }
    public Optional<Integer> verifiedMinutes() { return Optional.ofNullable(verifiedMinutes); }
    /** Points credited by the verification. */
    public Optional<Integer> points() { return Optional.ofNullable(points); }
}
