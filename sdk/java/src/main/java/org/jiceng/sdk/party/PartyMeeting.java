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
 * A meeting of the 三会一课 or a themed Party day, with attendance (member id → PRESENT, EXCUSED or ABSENT; empty in lists).
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PartyMeeting {
    @JsonProperty("id")
    private String id;
    @JsonProperty("organizationId")
    private String organizationId;
    @JsonProperty("kind")
    private MeetingKind kind;
    @JsonProperty("title")
    private String title;
    @JsonProperty("heldOn")
    private LocalDate heldOn;
    @JsonProperty("place")
    private String place;
    @JsonProperty("summary")
    private String summary;
    @JsonProperty("attendance")
    private Map<String,String> attendance;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PartyMeeting() {
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public MeetingKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    public Map<String,String> attendance() {
        return attendance;
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
        return new Builder(new PartyMeeting());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PartyMeeting copy(PartyMeeting from) {
        PartyMeeting c = new PartyMeeting();
        c.id = from.id;
        c.organizationId = from.organizationId;
        c.kind = from.kind;
        c.title = from.title;
        c.heldOn = from.heldOn;
        c.place = from.place;
        c.summary = from.summary;
        c.attendance = from.attendance;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PartyMeeting)) {
            return false;
        }
        PartyMeeting other = (PartyMeeting) o;
        return Objects.equals(id, other.id)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(kind, other.kind)
                && Objects.equals(title, other.title)
                && Objects.equals(heldOn, other.heldOn)
                && Objects.equals(place, other.place)
                && Objects.equals(summary, other.summary)
                && Objects.equals(attendance, other.attendance)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, organizationId, kind);
    }

    @Override
    public String toString() {
        return "PartyMeeting{" + "id=" + id + ", " + "organizationId=" + organizationId + ", " + "kind=" + kind + ", " + "title=" + title + "}";
    }

    /** Builds a {@link PartyMeeting}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PartyMeeting building;

        private Builder(PartyMeeting building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder organizationId(String organizationId) {
            building.organizationId = organizationId;
            return this;
        }

        public Builder kind(MeetingKind kind) {
            building.kind = kind;
            return this;
        }

        public Builder title(String title) {
            building.title = title;
            return this;
        }

        public Builder heldOn(LocalDate heldOn) {
            building.heldOn = heldOn;
            return this;
        }

        public Builder place(String place) {
            building.place = place;
            return this;
        }

        public Builder summary(String summary) {
            building.summary = summary;
            return this;
        }

        public Builder attendance(Map<String,String> attendance) {
            building.attendance = attendance;
            return this;
        }

        public PartyMeeting build() {
            return copy(building);
        }
    }
}
