package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A place booked for a slot.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Booking {
    @JsonProperty("id")
    private String id;
    @JsonProperty("resourceId")
    private String resourceId;
    @JsonProperty("startsAt")
    private OffsetDateTime startsAt;
    @JsonProperty("endsAt")
    private OffsetDateTime endsAt;
    @JsonProperty("purpose")
    private String purpose;
    @JsonProperty("mine")
    private boolean mine;
    @JsonProperty("state")
    private BookingState state;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Booking() {
    }

    public String id() {
        return id;
    }

    public String resourceId() {
        return resourceId;
    }

    public OffsetDateTime startsAt() {
        return startsAt;
    }

    public OffsetDateTime endsAt() {
        return endsAt;
    }

    public String purpose() {
        return purpose;
    }

    /** Whether the caller made it. */
    public boolean mine() {
        return mine;
    }

    public BookingState state() {
        return state;
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
        return new Builder(new Booking());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Booking copy(Booking from) {
        Booking c = new Booking();
        c.id = from.id;
        c.resourceId = from.resourceId;
        c.startsAt = from.startsAt;
        c.endsAt = from.endsAt;
        c.purpose = from.purpose;
        c.mine = from.mine;
        c.state = from.state;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Booking)) {
            return false;
        }
        Booking other = (Booking) o;
        return Objects.equals(id, other.id)
                && Objects.equals(resourceId, other.resourceId)
                && Objects.equals(startsAt, other.startsAt)
                && Objects.equals(endsAt, other.endsAt)
                && Objects.equals(purpose, other.purpose)
                && mine == other.mine
                && Objects.equals(state, other.state)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, resourceId, startsAt);
    }

    @Override
    public String toString() {
        return "Booking{" + "id=" + id + ", " + "resourceId=" + resourceId + ", " + "startsAt=" + startsAt + "}";
    }

    /** Builds a {@link Booking}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Booking building;

        private Builder(Booking building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder resourceId(String resourceId) {
            building.resourceId = resourceId;
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

        public Builder purpose(String purpose) {
            building.purpose = purpose;
            return this;
        }

        public Builder mine(boolean mine) {
            building.mine = mine;
            return this;
        }

        public Builder state(BookingState state) {
            building.state = state;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Booking build() {
            return copy(building);
        }
    }
}
