package org.jiceng.sdk.lists;

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
 * 资源清单: a resource of the community and who provides it.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class CommunityResource {
    @JsonProperty("id")
    private String id;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("kind")
    private ResourceKind kind;
    @JsonProperty("name")
    private String name;
    @JsonProperty("providerKind")
    private ProviderKind providerKind;
    @JsonProperty("providerRef")
    private String providerRef;
    @JsonProperty("providerName")
    private String providerName;
    @JsonProperty("inside")
    private boolean inside;
    @JsonProperty("capacity")
    private Integer capacity;
    @JsonProperty("availability")
    private String availability;
    @JsonProperty("active")
    private boolean active;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private CommunityResource() {
    }

    public String id() {
        return id;
    }

    public String gridId() {
        return gridId;
    }

    public ResourceKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public ProviderKind providerKind() {
        return providerKind;
    }

    public Optional<String> providerRef() {
        return Optional.ofNullable(providerRef);
    }

    public String providerName() {
        return providerName;
    }

    /** Whether the community itself provides it. */
    public boolean inside() {
        return inside;
    }

    public Optional<Integer> capacity() {
        return Optional.ofNullable(capacity);
    }

    public Optional<String> availability() {
        return Optional.ofNullable(availability);
    }

    public boolean active() {
        return active;
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
        return new Builder(new CommunityResource());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static CommunityResource copy(CommunityResource from) {
        CommunityResource c = new CommunityResource();
        c.id = from.id;
        c.gridId = from.gridId;
        c.kind = from.kind;
        c.name = from.name;
        c.providerKind = from.providerKind;
        c.providerRef = from.providerRef;
        c.providerName = from.providerName;
        c.inside = from.inside;
        c.capacity = from.capacity;
        c.availability = from.availability;
        c.active = from.active;
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
        if (!(o instanceof CommunityResource)) {
            return false;
        }
        CommunityResource other = (CommunityResource) o;
        return Objects.equals(id, other.id)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(kind, other.kind)
                && Objects.equals(name, other.name)
                && Objects.equals(providerKind, other.providerKind)
                && Objects.equals(providerRef, other.providerRef)
                && Objects.equals(providerName, other.providerName)
                && inside == other.inside
                && Objects.equals(capacity, other.capacity)
                && Objects.equals(availability, other.availability)
                && active == other.active
                && version == other.version
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, gridId, kind);
    }

    @Override
    public String toString() {
        return "CommunityResource{" + "id=" + id + ", " + "gridId=" + gridId + ", " + "kind=" + kind + "}";
    }

    /** Builds a {@link CommunityResource}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final CommunityResource building;

        private Builder(CommunityResource building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder kind(ResourceKind kind) {
            building.kind = kind;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder providerKind(ProviderKind providerKind) {
            building.providerKind = providerKind;
            return this;
        }

        public Builder providerRef(String providerRef) {
            building.providerRef = providerRef;
            return this;
        }

        public Builder providerName(String providerName) {
            building.providerName = providerName;
            return this;
        }

        public Builder inside(boolean inside) {
            building.inside = inside;
            return this;
        }

        public Builder capacity(Integer capacity) {
            building.capacity = capacity;
            return this;
        }

        public Builder availability(String availability) {
            building.availability = availability;
            return this;
        }

        public Builder active(boolean active) {
            building.active = active;
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

        public CommunityResource build() {
            return copy(building);
        }
    }
}
