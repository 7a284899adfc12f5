package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Filters of {@link WishService#list}.
 */
public final class WishListParams {
    @JsonProperty("status")
    private final WishStatus status;
    @JsonProperty("limit")
    private final Integer limit;

    private WishListParams(Builder b) {
        this.status = b.status;
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<WishStatus> status() {
        return Optional.ofNullable(status);
    }

    /** Page size, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.status = status;
        b.limit = limit;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WishListParams)) {
            return false;
        }
        WishListParams other = (WishListParams) o;
        return Objects.equals(status, other.status)
                && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, limit);
    }

    /** Builder of {@link WishListParams}. */
    public static final class Builder {
        private WishStatus status;
        private Integer limit;

        private Builder() {
        }

        public Builder status(WishStatus status) {
            this.status = status;
            return this;
        }

        /** Page size, 1-500 (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public WishListParams build() {
            return new WishListParams(this);
        }
    }
}
