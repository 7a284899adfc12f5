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
 * An organisation's meetings by kind and attendance by presence in a period.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class MeetingCounts {
    @JsonProperty("organizationId")
    private String organizationId;
    @JsonProperty("from")
    private LocalDate from;
    @JsonProperty("to")
    private LocalDate to;
    @JsonProperty("meetingsByKind")
    private Map<String,Long> meetingsByKind;
    @JsonProperty("attendanceByPresence")
    private Map<String,Long> attendanceByPresence;
    @JsonProperty("attendanceRate")
    private Double attendanceRate;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private MeetingCounts() {
    }

    public String organizationId() {
        return organizationId;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public Map<String,Long> meetingsByKind() {
        return meetingsByKind;
    }

    public Map<String,Long> attendanceByPresence() {
        return attendanceByPresence;
    }

    public Optional<Double> attendanceRate() {
        return Optional.ofNullable(attendanceRate);
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
        return new Builder(new MeetingCounts());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static MeetingCounts copy(MeetingCounts from) {
        MeetingCounts c = new MeetingCounts();
        c.organizationId = from.organizationId;
        c.from = from.from;
        c.to = from.to;
        c.meetingsByKind = from.meetingsByKind;
        c.attendanceByPresence = from.attendanceByPresence;
        c.attendanceRate = from.attendanceRate;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MeetingCounts)) {
            return false;
        }
        MeetingCounts other = (MeetingCounts) o;
        return Objects.equals(organizationId, other.organizationId)
                && Objects.equals(from, other.from)
                && Objects.equals(to, other.to)
                && Objects.equals(meetingsByKind, other.meetingsByKind)
                && Objects.equals(attendanceByPresence, other.attendanceByPresence)
                && Objects.equals(attendanceRate, other.attendanceRate)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organizationId, from, to);
    }

    @Override
    public String toString() {
        return "MeetingCounts{" + "organizationId=" + organizationId + ", " + "from=" + from + ", " + "to=" + to + ", " + "meetingsByKind=" + meetingsByKind + "}";
    }

    /** Builds a {@link MeetingCounts}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final MeetingCounts building;

        private Builder(MeetingCounts building) {
            this.building = building;
        }

        public Builder organizationId(String organizationId) {
            building.organizationId = organizationId;
            return this;
        }

        public Builder from(LocalDate from) {
            building.from = from;
            return this;
        }

        public Builder to(LocalDate to) {
            building.to = to;
            return this;
        }

        public Builder meetingsByKind(Map<String,Long> meetingsByKind) {
            building.meetingsByKind = meetingsByKind;
            return this;
        }

        public Builder attendanceByPresence(Map<String,Long> attendanceByPresence) {
            building.attendanceByPresence = attendanceByPresence;
            return this;
        }

        public Builder attendanceRate(Double attendanceRate) {
            building.attendanceRate = attendanceRate;
            return this;
        }

        public MeetingCounts build() {
            return copy(building);
        }
    }
}
