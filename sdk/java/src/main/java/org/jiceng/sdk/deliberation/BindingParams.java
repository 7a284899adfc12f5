package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ResidentBindingService#request} binds to: one of a household or an owner.
 */
public final class BindingParams {
    @JsonProperty("householdId")
    private final String householdId;
    @JsonProperty("ownerId")
    private final String ownerId;

    private BindingParams(Builder b) {
        this.householdId = b.householdId;
        this.ownerId = b.ownerId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> householdId() {
        return Optional.ofNullable(householdId);
    }

    public Optional<String> ownerId() {
        return Optional.ofNullable(ownerId);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.householdId = householdId;
        b.ownerId = ownerId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BindingParams)) {
            return false;
        }
        BindingParams other = (BindingParams) o;
        return Objects.equals(householdId, other.householdId)
                && Objects.equals(ownerId, other.ownerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(householdId, ownerId);
    }

    /** Builder of {@link BindingParams}. */
    public static final class Builder {
        private String householdId;
        private String ownerId;

        private Builder() {
        }

        public Builder householdId(String householdId) {
            this.householdId = householdId;
            return this;
        }

        public Builder ownerId(String ownerId) {
            this.ownerId = ownerId;
            return this;
        }

        public BindingParams build() {
            return new BindingParams(this);
        }
    }
}
