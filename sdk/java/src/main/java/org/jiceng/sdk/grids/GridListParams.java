package org.jiceng.sdk.grids;

import java.util.Optional;

/**
 * Filters and paging of {@link GridService#list} (children of {@code parentId}, or the root when absent) and
 * {@link GridService#descendants} (the whole subtree, optionally one level only).
 */
public final class GridListParams {
    private final String parentId;
    private final GridLevel level;
    private final Integer limit;
    private final String cursor;

    private GridListParams(Builder b) {
        this.parentId = b.parentId;
        this.level = b.level;
        this.limit = b.limit;
        this.cursor = b.cursor;
    }

    public static GridListParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().parentId(parentId).level(level).limit(limit).cursor(cursor);
    }

    public Optional<String> parentId() {
        return Optional.ofNullable(parentId);
    }

    public Optional<GridLevel> level() {
        return Optional.ofNullable(level);
    }

    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /** Builder of {@link GridListParams}. */
    public static final class Builder {
        private String parentId;
        private GridLevel level;
        private Integer limit;
        private String cursor;

        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        public Builder level(GridLevel level) {
            this.level = level;
            return this;
        }

        /** Page size, 1 to 500 (platform default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Resume after a previous page; normally left to {@link org.jiceng.sdk.Page#autoPager()}. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        public GridListParams build() {
            return new GridListParams(this);
        }
    }
}
