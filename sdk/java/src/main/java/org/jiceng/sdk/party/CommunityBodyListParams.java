package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Filters of {@link CommunityBodyService#list}: the bodies serving a grid subtree.
 * Required: {@code gridId}.
 */
public final class CommunityBodyListParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("kind")
    private final BodyKind kind;
    @JsonProperty("limit")
    private final Integer limit;

    private CommunityBodyListParams(Builder b) {
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.kind = b.kind;
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String gridId() {
        return gridId;
    }

    public Optional<BodyKind> kind() {
        return Optional.ofNullable(kind);
    }

    /** Page size, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridId = gridId;
        b.kind = kind;
        b.limit = limit;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CommunityBodyListParams)) {
            return false;
        }
        CommunityBodyListParams other = (CommunityBodyListParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(kind, other.kind)
                && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, kind, limit);
    }

    /** Builder of {@link CommunityBodyListParams}. */
    public static final class Builder {
        private String gridId;
        private BodyKind kind;
        private Integer limit;

        private Builder() {
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder kind(BodyKind kind) {
            this.kind = kind;
            return this;
        }

        /** Page size, 1-500 (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public CommunityBodyListParams build() {
            return new CommunityBodyListParams(this);
        }
    }
}
