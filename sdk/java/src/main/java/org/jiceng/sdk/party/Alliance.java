package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An alliance of bodies serving one grid node, such as the "5+" red alliance.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Alliance {
    @JsonProperty("id")
    private String id;
    @JsonProperty("name")
    private String name;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("establishedOn")
    private LocalDate establishedOn;
    @JsonProperty("participants")
    private List<AllianceParticipant> participants;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Alliance() {
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String gridId() {
        return gridId;
    }

    public LocalDate establishedOn() {
        return establishedOn;
    }

    public List<AllianceParticipant> participants() {
        return participants;
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
        return new Builder(new Alliance());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Alliance copy(Alliance from) {
        Alliance c = new Alliance();
        c.id = from.id;
        c.name = from.name;
        c.gridId = from.gridId;
        c.establishedOn = from.establishedOn;
        c.participants = from.participants;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Alliance)) {
            return false;
        }
        Alliance other = (Alliance) o;
        return Objects.equals(id, other.id)
                && Objects.equals(name, other.name)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(establishedOn, other.establishedOn)
                && Objects.equals(participants, other.participants)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, gridId);
    }

    @Override
    public String toString() {
        return "Alliance{" + "id=" + id + ", " + "name=" + name + ", " + "gridId=" + gridId + ", " + "establishedOn=" + establishedOn + "}";
    }

    /** Builds a {@link Alliance}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Alliance building;

        private Builder(Alliance building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder establishedOn(LocalDate establishedOn) {
            building.establishedOn = establishedOn;
            return this;
        }

        public Builder participants(List<AllianceParticipant> participants) {
            building.participants = participants == null ? null : List.copyOf(participants);
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Alliance build() {
            return copy(building);
        }
    }
}
