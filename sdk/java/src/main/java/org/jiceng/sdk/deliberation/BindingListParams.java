package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Filters of {@link ResidentBindingService#list}.
 */
public final class BindingListParams {
    @JsonProperty("state")
    private final BindingState state;
    @JsonProperty("limit")
    private final Integer limit;

    private BindingListParams(Builder b) {
        this.state = b.state;
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<BindingState> state() {
        return Optional.ofNullable(state);
    }

    /** Page size, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.state = state;
        b.limit = limit;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BindingListParams)) {
            return false;
        }
        BindingListParams other = (BindingListParams) o;
        return Objects.equals(state, other.state)
                && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, limit);
    }

    /** Builder of {@link BindingListParams}. */
    public static final class Builder {
        private BindingState state;
        private Integer limit;

        private Builder() {
        }

        public Builder state(BindingState state) {
            this.state = state;
            return this;
        }

        /** Page size, 1-500 (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public BindingListParams build() {
            return new BindingListParams(this);
        }
    }
}
