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
 * A seat in a community body, held (SEATED) or stood for (CANDIDATE); name and phone masked unless the caller has {@code pii:read}.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class BodySeat {
    @JsonProperty("id")
    private String id;
    @JsonProperty("bodyId")
    private String bodyId;
    @JsonProperty("partyMemberId")
    private String partyMemberId;
    @JsonProperty("name")
    private String name;
    @JsonProperty("phone")
    private String phone;
    @JsonProperty("masked")
    private boolean masked;
    @JsonProperty("role")
    private SeatRole role;
    @JsonProperty("standing")
    private SeatStanding standing;
    @JsonProperty("startedOn")
    private LocalDate startedOn;
    @JsonProperty("endedOn")
    private LocalDate endedOn;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private BodySeat() {
    }

    public String id() {
        return id;
    }

    public String bodyId() {
        return bodyId;
    }

    public Optional<String> partyMemberId() {
        return Optional.ofNullable(partyMemberId);
    }

    public String name() {
        return name;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public boolean masked() {
        return masked;
    }

    public SeatRole role() {
        return role;
    }

    public SeatStanding standing() {
        return standing;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
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
        return new Builder(new BodySeat());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static BodySeat copy(BodySeat from) {
        BodySeat c = new BodySeat();
        c.id = from.id;
        c.bodyId = from.bodyId;
        c.partyMemberId = from.partyMemberId;
        c.name = from.name;
        c.phone = from.phone;
        c.masked = from.masked;
        c.role = from.role;
        c.standing = from.standing;
        c.startedOn = from.startedOn;
        c.endedOn = from.endedOn;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BodySeat)) {
            return false;
        }
        BodySeat other = (BodySeat) o;
        return Objects.equals(id, other.id)
                && Objects.equals(bodyId, other.bodyId)
                && Objects.equals(partyMemberId, other.partyMemberId)
                && Objects.equals(name, other.name)
                && Objects.equals(phone, other.phone)
                && masked == other.masked
                && Objects.equals(role, other.role)
                && Objects.equals(standing, other.standing)
                && Objects.equals(startedOn, other.startedOn)
                && Objects.equals(endedOn, other.endedOn)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, bodyId, partyMemberId);
    }

    @Override
    public String toString() {
        return "BodySeat{" + "id=" + id + ", " + "bodyId=" + bodyId + ", " + "partyMemberId=" + partyMemberId + ", " + "name=" + name + "}";
    }

    /** Builds a {@link BodySeat}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final BodySeat building;

        private Builder(BodySeat building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder bodyId(String bodyId) {
            building.bodyId = bodyId;
            return this;
        }

        public Builder partyMemberId(String partyMemberId) {
            building.partyMemberId = partyMemberId;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder phone(String phone) {
            building.phone = phone;
            return this;
        }

        public Builder masked(boolean masked) {
            building.masked = masked;
            return this;
        }

        public Builder role(SeatRole role) {
            building.role = role;
            return this;
        }

        public Builder standing(SeatStanding standing) {
            building.standing = standing;
            return this;
        }

        public Builder startedOn(LocalDate startedOn) {
            building.startedOn = startedOn;
            return this;
        }

        public Builder endedOn(LocalDate endedOn) {
            building.endedOn = endedOn;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public BodySeat build() {
            return copy(building);
        }
    }
}
