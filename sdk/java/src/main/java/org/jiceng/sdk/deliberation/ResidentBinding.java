package org.jiceng.sdk.deliberation;

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
 * A resident bound to a household or owner, verified by staff before it counts.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class ResidentBinding {
    @JsonProperty("id")
    private String id;
    @JsonProperty("householdId")
    private String householdId;
    @JsonProperty("ownerId")
    private String ownerId;
    @JsonProperty("clientId")
    private String clientId;
    @JsonProperty("state")
    private BindingState state;
    @JsonProperty("requestedAt")
    private OffsetDateTime requestedAt;
    @JsonProperty("verifiedAt")
    private OffsetDateTime verifiedAt;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private ResidentBinding() {
    }

    public String id() {
        return id;
    }

    public Optional<String> householdId() {
        return Optional.ofNullable(householdId);
    }

    public Optional<String> ownerId() {
        return Optional.ofNullable(ownerId);
    }

    /** The app it was made through. */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    public BindingState state() {
        return state;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public Optional<OffsetDateTime> verifiedAt() {
        return Optional.ofNullable(verifiedAt);
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
        return new Builder(new ResidentBinding());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static ResidentBinding copy(ResidentBinding from) {
        ResidentBinding c = new ResidentBinding();
        c.id = from.id;
        c.householdId = from.householdId;
        c.ownerId = from.ownerId;
        c.clientId = from.clientId;
        c.state = from.state;
        c.requestedAt = from.requestedAt;
        c.verifiedAt = from.verifiedAt;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ResidentBinding)) {
            return false;
        }
        ResidentBinding other = (ResidentBinding) o;
        return Objects.equals(id, other.id)
                && Objects.equals(householdId, other.householdId)
                && Objects.equals(ownerId, other.ownerId)
                && Objects.equals(clientId, other.clientId)
                && Objects.equals(state, other.state)
                && Objects.equals(requestedAt, other.requestedAt)
                && Objects.equals(verifiedAt, other.verifiedAt)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, householdId, ownerId);
    }

    @Override
    public String toString() {
        return "ResidentBinding{" + "id=" + id + ", " + "householdId=" + householdId + ", " + "ownerId=" + ownerId + "}";
    }

    /** Builds a {@link ResidentBinding}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final ResidentBinding building;

        private Builder(ResidentBinding building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder householdId(String householdId) {
            building.householdId = householdId;
            return this;
        }

        public Builder ownerId(String ownerId) {
            building.ownerId = ownerId;
            return this;
        }

        public Builder clientId(String clientId) {
            building.clientId = clientId;
            return this;
        }

        public Builder state(BindingState state) {
            building.state = state;
            return this;
        }

        public Builder requestedAt(OffsetDateTime requestedAt) {
            building.requestedAt = requestedAt;
            return this;
        }

        public Builder verifiedAt(OffsetDateTime verifiedAt) {
            building.verifiedAt = verifiedAt;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public ResidentBinding build() {
            return copy(building);
        }
    }
}
