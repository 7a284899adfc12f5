package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision of an alliance meeting.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class AllianceDecision {
    @JsonProperty("id")
    private String id;
    @JsonProperty("meetingId")
    private String meetingId;
    @JsonProperty("text")
    private String text;
    @JsonProperty("ownerParticipantId")
    private String ownerParticipantId;
    @JsonProperty("dueOn")
    private LocalDate dueOn;
    @JsonProperty("doneOn")
    private LocalDate doneOn;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private AllianceDecision() {
    }

    public String id() {
        return id;
    }

    public String meetingId() {
        return meetingId;
    }

    public String text() {
        return text;
    }

    public Optional<String> ownerParticipantId() {
        return Optional.ofNullable(ownerParticipantId);
    }

    public Optional<LocalDate> dueOn() {
        return Optional.ofNullable(dueOn);
    }

    public Optional<LocalDate> doneOn() {
        return Optional.ofNullable(doneOn);
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
        return new Builder(new AllianceDecision());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static AllianceDecision copy(AllianceDecision from) {
        AllianceDecision c = new AllianceDecision();
        c.id = from.id;
        c.meetingId = from.meetingId;
        c.text = from.text;
        c.ownerParticipantId = from.ownerParticipantId;
        c.dueOn = from.dueOn;
        c.doneOn = from.doneOn;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AllianceDecision)) {
            return false;
        }
        AllianceDecision other = (AllianceDecision) o;
        return Objects.equals(id, other.id)
                && Objects.equals(meetingId, other.meetingId)
                && Objects.equals(text, other.text)
                && Objects.equals(ownerParticipantId, other.ownerParticipantId)
                && Objects.equals(dueOn, other.dueOn)
                && Objects.equals(doneOn, other.doneOn)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, meetingId, text);
    }

    @Override
    public String toString() {
        return "AllianceDecision{" + "id=" + id + ", " + "meetingId=" + meetingId + ", " + "text=" + text + ", " + "ownerParticipantId=" + ownerParticipantId + "}";
    }

    /** Builds a {@link AllianceDecision}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final AllianceDecision building;

        private Builder(AllianceDecision building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder meetingId(String meetingId) {
            building.meetingId = meetingId;
            return this;
        }

        public Builder text(String text) {
            building.text = text;
            return this;
        }

        public Builder ownerParticipantId(String ownerParticipantId) {
            building.ownerParticipantId = ownerParticipantId;
            return this;
        }

        public Builder dueOn(LocalDate dueOn) {
            building.dueOn = dueOn;
            return this;
        }

        public Builder doneOn(LocalDate doneOn) {
            building.doneOn = doneOn;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public AllianceDecision build() {
            return copy(building);
        }
    }
}
