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
 * 志愿活动: an activity whose organiser certifies the hours served. Points are fixed per service or per verified hour, times the multiplier frozen at creation.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Activity {
    @JsonProperty("id")
    private String id;
    @JsonProperty("title")
    private String title;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("startsAt")
    private OffsetDateTime startsAt;
    @JsonProperty("endsAt")
    private OffsetDateTime endsAt;
    @JsonProperty("capacity")
    private int capacity;
    @JsonProperty("organiserSubject")
    private String organiserSubject;
    @JsonProperty("pointsFixed")
    private Integer pointsFixed;
    @JsonProperty("pointsPerHour")
    private Integer pointsPerHour;
    @JsonProperty("multiplierCode")
    private String multiplierCode;
    @JsonProperty("multiplierPercent")
    private int multiplierPercent;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Activity() {
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String gridId() {
        return gridId;
    }

    public OffsetDateTime startsAt() {
        return startsAt;
    }

    public OffsetDateTime endsAt() {
        return endsAt;
    }

    public int capacity() {
        return capacity;
    }

    public String organiserSubject() {
        return organiserSubject;
    }

    /** Points per service, if the activity pays per service. */
    public Optional<Integer> pointsFixed() {
        return Optional.ofNullable(pointsFixed);
    }

    /** Points per verified hour, if the activity pays per hour. */
    public Optional<Integer> pointsPerHour() {
        return Optional.ofNullable(pointsPerHour);
    }

    public Optional<String> multiplierCode() {
        return Optional.ofNullable(multiplierCode);
    }

    /** 100 without a multiplier. */
    public int multiplierPercent() {
        return multiplierPercent;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
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
        return new Builder(new Activity());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Activity copy(Activity from) {
        Activity c = new Activity();
        c.id = from.id;
        c.title = from.title;
        c.gridId = from.gridId;
        c.startsAt = from.startsAt;
        c.endsAt = from.endsAt;
        c.capacity = from.capacity;
        c.organiserSubject = from.organiserSubject;
        c.pointsFixed = from.pointsFixed;
        c.pointsPerHour = from.pointsPerHour;
        c.multiplierCode = from.multiplierCode;
        c.multiplierPercent = from.multiplierPercent;
        c.version = from.version;
        c.createdAt = from.createdAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Activity)) {
            return false;
        }
        Activity other = (Activity) o;
        return Objects.equals(id, other.id)
                && Objects.equals(title, other.title)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(startsAt, other.startsAt)
                && Objects.equals(endsAt, other.endsAt)
                && capacity == other.capacity
                && Objects.equals(organiserSubject, other.organiserSubject)
                && Objects.equals(pointsFixed, other.pointsFixed)
                && Objects.equals(pointsPerHour, other.pointsPerHour)
                && Objects.equals(multiplierCode, other.multiplierCode)
                && multiplierPercent == other.multiplierPercent
                && version == other.version
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, gridId);
    }

    @Override
    public String toString() {
        return "Activity{" + "id=" + id + ", " + "title=" + title + ", " + "gridId=" + gridId + ", " + "startsAt=" + startsAt + "}";
    }

    /** Builds a {@link Activity}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Activity building;

        private Builder(Activity building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder title(String title) {
            building.title = title;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder startsAt(OffsetDateTime startsAt) {
            building.startsAt = startsAt;
            return this;
        }

        public Builder endsAt(OffsetDateTime endsAt) {
            building.endsAt = endsAt;
            return this;
        }

        public Builder capacity(int capacity) {
            building.capacity = capacity;
            return this;
        }

        public Builder organiserSubject(String organiserSubject) {
            building.organiserSubject = organiserSubject;
            return this;
        }

        public Builder pointsFixed(Integer pointsFixed) {
            building.pointsFixed = pointsFixed;
            return this;
        }

        public Builder pointsPerHour(Integer pointsPerHour) {
            building.pointsPerHour = pointsPerHour;
            return this;
        }

        public Builder multiplierCode(String multiplierCode) {
            building.multiplierCode = multiplierCode;
            return this;
        }

        public Builder multiplierPercent(int multiplierPercent) {
            building.multiplierPercent = multiplierPercent;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public Activity build() {
            return copy(building);
        }
    }
}
