package org.jiceng.sdk.open311;

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
 * An Open311 {@code api_key} issued to a vendor's machine client, which it acts as.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Open311Key {
    @JsonProperty("id")
    private String id;
    @JsonProperty("clientId")
    private String clientId;
    @JsonProperty("roles")
    private List<String> roles;
    @JsonProperty("hint")
    private String hint;
    @JsonProperty("key")
    private String key;
    @JsonProperty("createdBy")
    private String createdBy;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;
    @JsonProperty("revokedAt")
    private OffsetDateTime revokedAt;
    @JsonProperty("active")
    private boolean active;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Open311Key() {
    }

    public String id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public List<String> roles() {
        return roles;
    }

    /** The key's first characters, to tell keys apart. */
    public String hint() {
        return hint;
    }

    /** The key itself: only in the answer that issued it. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Optional<OffsetDateTime> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public boolean active() {
        return active;
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
        return new Builder(new Open311Key());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Open311Key copy(Open311Key from) {
        Open311Key c = new Open311Key();
        c.id = from.id;
        c.clientId = from.clientId;
        c.roles = from.roles;
        c.hint = from.hint;
        c.key = from.key;
        c.createdBy = from.createdBy;
        c.createdAt = from.createdAt;
        c.revokedAt = from.revokedAt;
        c.active = from.active;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Open311Key)) {
            return false;
        }
        Open311Key other = (Open311Key) o;
        return Objects.equals(id, other.id)
                && Objects.equals(clientId, other.clientId)
                && Objects.equals(roles, other.roles)
                && Objects.equals(hint, other.hint)
                && Objects.equals(key, other.key)
                && Objects.equals(createdBy, other.createdBy)
                && Objects.equals(createdAt, other.createdAt)
                && Objects.equals(revokedAt, other.revokedAt)
                && active == other.active
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "Open311Key{" + "id=" + id + "}";
    }

    /** Builds a {@link Open311Key}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Open311Key building;

        private Builder(Open311Key building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder clientId(String clientId) {
            building.clientId = clientId;
            return this;
        }

        public Builder roles(List<String> roles) {
            building.roles = roles;
            return this;
        }

        public Builder hint(String hint) {
            building.hint = hint;
            return this;
        }

        public Builder key(String key) {
            building.key = key;
            return this;
        }

        public Builder createdBy(String createdBy) {
            building.createdBy = createdBy;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public Builder revokedAt(OffsetDateTime revokedAt) {
            building.revokedAt = revokedAt;
            return this;
        }

        public Builder active(boolean active) {
            building.active = active;
            return this;
        }

        public Open311Key build() {
            return copy(building);
        }
    }
}
