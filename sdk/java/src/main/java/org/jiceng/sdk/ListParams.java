package org.jiceng.sdk;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Paging of a list: the page size and where to start.
 */
public final class ListParams {
    @JsonProperty("limit")
    private final Integer limit;
    @JsonProperty("cursor")
    private final String cursor;

    private ListParams(Builder b) {
        this.limit = b.limit;
        this.cursor = b.cursor;
    }

    private static final ListParams NONE = builder().build();

    public static Builder builder() {
        return new Builder();
    }

    /** The first page at the platform's default size. */
    public static ListParams none() {
        return NONE;
    }

    /** Page size, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    /** A {@code nextCursor} from an earlier page of the same list. */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.limit = limit;
        b.cursor = cursor;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ListParams)) {
            return false;
        }
        ListParams other = (ListParams) o;
        return Objects.equals(limit, other.limit)
                && Objects.equals(cursor, other.cursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(limit, cursor);
    }

    /** Builder of {@link ListParams}. */
    public static final class Builder {
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /** Page size, 1-500 (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** A {@code nextCursor} from an earlier page of the same list. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        public ListParams build() {
            return new ListParams(this);
        }
    }
}
