package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link WishService#post}.
 * Required: {@code title}, {@code description}, {@code gridId}.
 */
public final class WishPostParams {
    @JsonProperty("title")
    private final String title;
    @JsonProperty("description")
    private final String description;
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("points")
    private final Integer points;

    private WishPostParams(Builder b) {
        this.title = Objects.requireNonNull(b.title, "title is required");
        this.description = Objects.requireNonNull(b.description, "description is required");
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.points = b.points;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** 1-100 characters. */
    public String title() {
        return title;
    }

    /** 1-1000 characters. */
    public String description() {
        return description;
    }

    public String gridId() {
        return gridId;
    }

    /** 1-1000, default 10: what the volunteer earns on confirmation. */
    public Optional<Integer> points() {
        return Optional.ofNullable(points);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.description = description;
        b.gridId = gridId;
        b.points = points;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WishPostParams)) {
            return false;
        }
        WishPostParams other = (WishPostParams) o;
        return Objects.equals(title, other.title)
                && Objects.equals(description, other.description)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(points, other.points);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description, gridId, points);
    }

    /** Builder of {@link WishPostParams}. */
    public static final class Builder {
        private String title;
        private String description;
        private String gridId;
        private Integer points;

        private Builder() {
        }

        /** 1-100 characters. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** 1-1000 characters. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        /** 1-1000, default 10: what the volunteer earns on confirmation. */
        public Builder points(Integer points) {
            this.points = points;
            return this;
        }

        public WishPostParams build() {
            return new WishPostParams(this);
        }
    }
}
