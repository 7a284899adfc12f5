package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link CommunityResourceService#create}.
 * Required: {@code gridId}, {@code kind}, {@code name}, {@code providerKind}.
 */
public final class ResourceCreateParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("kind")
    private final ResourceKind kind;
    @JsonProperty("name")
    private final String name;
    @JsonProperty("providerKind")
    private final ProviderKind providerKind;
    @JsonProperty("providerRef")
    private final String providerRef;
    @JsonProperty("providerName")
    private final String providerName;
    @JsonProperty("capacity")
    private final Integer capacity;
    @JsonProperty("availability")
    private final String availability;

    private ResourceCreateParams(Builder b) {
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.kind = Objects.requireNonNull(b.kind, "kind is required");
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.providerKind = Objects.requireNonNull(b.providerKind, "providerKind is required");
        this.providerRef = b.providerRef;
        this.providerName = b.providerName;
        this.capacity = b.capacity;
        this.availability = b.availability;
    }

    public static Builder builder() {
        return new Builder();
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

    /** The department's or community body's id. */
    public Optional<String> providerRef() {
        return Optional.ofNullable(providerRef);
    }

    /** An enterprise's name (others are named from their record). */
    public Optional<String> providerName() {
        return Optional.ofNullable(providerName);
    }

    public Optional<Integer> capacity() {
        return Optional.ofNullable(capacity);
    }

    public Optional<String> availability() {
        return Optional.ofNullable(availability);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridId = gridId;
        b.kind = kind;
        b.name = name;
        b.providerKind = providerKind;
        b.providerRef = providerRef;
        b.providerName = providerName;
        b.capacity = capacity;
        b.availability = availability;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ResourceCreateParams)) {
            return false;
        }
        ResourceCreateParams other = (ResourceCreateParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(kind, other.kind)
                && Objects.equals(name, other.name)
                && Objects.equals(providerKind, other.providerKind)
                && Objects.equals(providerRef, other.providerRef)
                && Objects.equals(providerName, other.providerName)
                && Objects.equals(capacity, other.capacity)
                && Objects.equals(availability, other.availability);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, kind, name, providerKind, providerRef, providerName, capacity, availability);
    }

    /** Builder of {@link ResourceCreateParams}. */
    public static final class Builder {
        private String gridId;
        private ResourceKind kind;
        private String name;
        private ProviderKind providerKind;
        private String providerRef;
        private String providerName;
        private Integer capacity;
        private String availability;

        private Builder() {
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder kind(ResourceKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder providerKind(ProviderKind providerKind) {
            this.providerKind = providerKind;
            return this;
        }

        /** The department's or community body's id. */
        public Builder providerRef(String providerRef) {
            this.providerRef = providerRef;
            return this;
        }

        /** An enterprise's name (others are named from their record). */
        public Builder providerName(String providerName) {
            this.providerName = providerName;
            return this;
        }

        public Builder capacity(Integer capacity) {
            this.capacity = capacity;
            return this;
        }

        public Builder availability(String availability) {
            this.availability = availability;
            return this;
        }

        public ResourceCreateParams build() {
            return new ResourceCreateParams(this);
        }
    }
}
