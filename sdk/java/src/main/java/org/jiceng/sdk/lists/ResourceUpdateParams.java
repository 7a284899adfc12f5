package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link CommunityResourceService#update}: only what is set changes.
 */
public final class ResourceUpdateParams {
    @JsonProperty("capacity")
    private final Integer capacity;
    @JsonProperty("availability")
    private final String availability;
    @JsonProperty("active")
    private final Boolean active;

    private ResourceUpdateParams(Builder b) {
        this.capacity = b.capacity;
        this.availability = b.availability;
        this.active = b.active;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Integer> capacity() {
        return Optional.ofNullable(capacity);
    }

    public Optional<String> availability() {
        return Optional.ofNullable(availability);
    }

    public Optional<Boolean> active() {
        return Optional.ofNullable(active);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.capacity = capacity;
        b.availability = availability;
        b.active = active;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ResourceUpdateParams)) {
            return false;
        }
        ResourceUpdateParams other = (ResourceUpdateParams) o;
        return Objects.equals(capacity, other.capacity)
                && Objects.equals(availability, other.availability)
                && Objects.equals(active, other.active);
    }

    @Override
    public int hashCode() {
        return Objects.hash(capacity, availability, active);
    }

    /** Builder of {@link ResourceUpdateParams}. */
    public static final class Builder {
        private Integer capacity;
        private String availability;
        private Boolean active;

        private Builder() {
        }

        public Builder capacity(Integer capacity) {
            this.capacity = capacity;
            return this;
        }

        public Builder availability(String availability) {
            this.availability = availability;
            return this;
        }

        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        public ResourceUpdateParams build() {
            return new ResourceUpdateParams(this);
        }
    }
}
