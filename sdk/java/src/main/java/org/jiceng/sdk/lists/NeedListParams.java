package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Filters of {@link NeedService#list}.
 * Required: {@code gridId}.
 */
public final class NeedListParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("status")
    private final NeedStatus status;
    @JsonProperty("limit")
    private final Integer limit;

    private NeedListParams(Builder b) {
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.status = b.status;
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String gridId() {
        return gridId;
    }

    public Optional<NeedStatus> status() {
        return Optional.ofNullable(status);
    }

    /** Page size, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridId = gridId;
        b.status = status;
        b.limit = limit;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NeedListParams)) {
            return false;
        }
        NeedListParams other = (NeedListParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(status, other.status)
                && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, status, limit);
    }

    /** Builder of {@link NeedListParams}. */
    public static final class Builder {
        private String gridId;
        private NeedStatus status;
        private Integer limit;

        private Builder() {
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder status(NeedStatus status) {
            this.status = status;
            return this;
        }

        /** Page size, 1-500 (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public NeedListParams build() {
            return new NeedListParams(this);
        }
    }
}
