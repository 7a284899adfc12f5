package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A volunteer's place in an activity: signed up, then checked in, checked out and verified (or cancelled).
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class ActivitySignup {
    @JsonProperty("id")
    private String id;
    @JsonProperty("activityId")
    private String activityId;
    @JsonProperty("volunteerId")
    private String volunteerId;
    @JsonProperty("status")
    private SignupStatus status;
    @JsonProperty("checkedInAt")
    private OffsetDateTime checkedInAt;
    @JsonProperty("checkedOutAt")
    private OffsetDateTime checkedOutAt;
    @JsonProperty("verifiedMinutes")
    private Integer verifiedMinutes;
    @JsonProperty("points")
    private Integer points;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private ActivitySignup() {
    }

    public String id() {
        return id;
    }

    public String activityId() {
        return activityId;
    }

    public String volunteerId() {
        return volunteerId;
    }

    public SignupStatus status() {
        return status;
    }

    public Optional<OffsetDateTime> checkedInAt() {
        return Optional.ofNullable(checkedInAt);
    }

    public Optional<OffsetDateTime> checkedOutAt() {
        return Optional.ofNullable(checkedOutAt);
    }

    /** Minutes the organiser certified. */
    public Optional<Integer> verifiedMinutes() {
        return Optional.ofNullable(verifiedMinutes);
    }

    /** Points credited on verification. */
    public Optional<Integer> points() {
        return Optional.ofNullable(points);
    }

    public long version() {
        return version;
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
        return new Builder(new ActivitySignup());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static ActivitySignup copy(ActivitySignup from) {
        ActivitySignup c = new ActivitySignup();
        c.id = from.id;
        c.activityId = from.activityId;
        c.volunteerId = from.volunteerId;
        c.status = from.status;
        c.checkedInAt = from.checkedInAt;
        c.checkedOutAt = from.checkedOutAt;
        c.verifiedMinutes = from.verifiedMinutes;
        c.points = from.points;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ActivitySignup)) {
            return false;
        }
        ActivitySignup other = (ActivitySignup) o;
        return Objects.equals(id, other.id)
                && Objects.equals(activityId, other.activityId)
                && Objects.equals(volunteerId, other.volunteerId)
                && Objects.equals(status, other.status)
                && Objects.equals(checkedInAt, other.checkedInAt)
                && Objects.equals(checkedOutAt, other.checkedOutAt)
                && Objects.equals(verifiedMinutes, other.verifiedMinutes)
                && Objects.equals(points, other.points)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, activityId, volunteerId);
    }

    @Override
    public String toString() {
        return "ActivitySignup{" + "id=" + id + ", " + "activityId=" + activityId + ", " + "volunteerId=" + volunteerId + ", " + "status=" + status + "}";
    }

    /** Builds a {@link ActivitySignup}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final ActivitySignup building;

        private Builder(ActivitySignup building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder activityId(String activityId) {
            building.activityId = activityId;
            return this;
        }

        public Builder volunteerId(String volunteerId) {
            building.volunteerId = volunteerId;
            return this;
        }

        public Builder status(SignupStatus status) {
            building.status = status;
            return this;
        }

        public Builder checkedInAt(OffsetDateTime checkedInAt) {
            building.checkedInAt = checkedInAt;
            return this;
        }

        public Builder checkedOutAt(OffsetDateTime checkedOutAt) {
            building.checkedOutAt = checkedOutAt;
            return this;
        }

        public Builder verifiedMinutes(Integer verifiedMinutes) {
            building.verifiedMinutes = verifiedMinutes;
            return this;
        }

        public Builder points(Integer points) {
            building.points = points;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public ActivitySignup build() {
            return copy(building);
        }
    }
}
