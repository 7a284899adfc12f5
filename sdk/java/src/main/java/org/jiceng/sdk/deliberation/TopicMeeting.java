package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting held on a topic.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class TopicMeeting {
    @JsonProperty("id")
    private String id;
    @JsonProperty("topicId")
    private String topicId;
    @JsonProperty("kind")
    private TopicMeetingKind kind;
    @JsonProperty("heldAt")
    private OffsetDateTime heldAt;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("units")
    private List<UnitRef> units;
    @JsonProperty("attendance")
    private int attendance;
    @JsonProperty("minutes")
    private String minutes;
    @JsonProperty("options")
    private List<String> options;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private TopicMeeting() {
    }

    public String id() {
        return id;
    }

    public String topicId() {
        return topicId;
    }

    public TopicMeetingKind kind() {
        return kind;
    }

    public OffsetDateTime heldAt() {
        return heldAt;
    }

    public String gridId() {
        return gridId;
    }

    /** Departments, bodies and Party organisations attending. */
    public List<UnitRef> units() {
        return units == null ? List.of() : Collections.unmodifiableList(units);
    }

    public int attendance() {
        return attendance;
    }

    public Optional<String> minutes() {
        return Optional.ofNullable(minutes);
    }

    /** The options discussed. */
    public List<String> options() {
        return options == null ? List.of() : Collections.unmodifiableList(options);
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
        return new Builder(new TopicMeeting());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static TopicMeeting copy(TopicMeeting from) {
        TopicMeeting c = new TopicMeeting();
        c.id = from.id;
        c.topicId = from.topicId;
        c.kind = from.kind;
        c.heldAt = from.heldAt;
        c.gridId = from.gridId;
        c.units = from.units;
        c.attendance = from.attendance;
        c.minutes = from.minutes;
        c.options = from.options;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TopicMeeting)) {
            return false;
        }
        TopicMeeting other = (TopicMeeting) o;
        return Objects.equals(id, other.id)
                && Objects.equals(topicId, other.topicId)
                && Objects.equals(kind, other.kind)
                && Objects.equals(heldAt, other.heldAt)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(units, other.units)
                && attendance == other.attendance
                && Objects.equals(minutes, other.minutes)
                && Objects.equals(options, other.options)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, topicId, kind);
    }

    @Override
    public String toString() {
        return "TopicMeeting{" + "id=" + id + ", " + "topicId=" + topicId + ", " + "kind=" + kind + "}";
    }

    /** Builds a {@link TopicMeeting}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final TopicMeeting building;

        private Builder(TopicMeeting building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder topicId(String topicId) {
            building.topicId = topicId;
            return this;
        }

        public Builder kind(TopicMeetingKind kind) {
            building.kind = kind;
            return this;
        }

        public Builder heldAt(OffsetDateTime heldAt) {
            building.heldAt = heldAt;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder units(List<UnitRef> units) {
            building.units = units;
            return this;
        }

        public Builder attendance(int attendance) {
            building.attendance = attendance;
            return this;
        }

        public Builder minutes(String minutes) {
            building.minutes = minutes;
            return this;
        }

        public Builder options(List<String> options) {
            building.options = options;
            return this;
        }

        public TopicMeeting build() {
            return copy(building);
        }
    }
}
