package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * Parameters of {@link NeedService#gather}.
 * Required: {@code gridId}, {@code title}, {@code description}, {@code category}, {@code source}, {@code households}.
 */
public final class NeedParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("title")
    private final String title;
    @JsonProperty("description")
    private final String description;
    @JsonProperty("category")
    private final String category;
    @JsonProperty("source")
    private final NeedSource source;
    @JsonProperty("households")
    private final Integer households;

    private NeedParams(Builder b) {
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.title = Objects.requireNonNull(b.title, "title is required");
        this.description = Objects.requireNonNull(b.description, "description is required");
        this.category = Objects.requireNonNull(b.category, "category is required");
        this.source = Objects.requireNonNull(b.source, "source is required");
        this.households = Objects.requireNonNull(b.households, "households is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    public String gridId() {
        return gridId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String category() {
        return category;
    }

    public NeedSource source() {
        return source;
    }

    /** Households asking, 1 or more. */
    public Integer households() {
        return households;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridId = gridId;
        b.title = title;
        b.description = description;
        b.category = category;
        b.source = source;
        b.households = households;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NeedParams)) {
            return false;
        }
        NeedParams other = (NeedParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(title, other.title)
                && Objects.equals(description, other.description)
                && Objects.equals(category, other.category)
                && Objects.equals(source, other.source)
                && Objects.equals(households, other.households);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, title, description, category, source, households);
    }

    /** Builder of {@link NeedParams}. */
    public static final class Builder {
        private String gridId;
        private String title;
        private String description;
        private String category;
        private NeedSource source;
        private Integer households;

        private Builder() {
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder source(NeedSource source) {
            this.source = source;
            return this;
        }

        /** Households asking, 1 or more. */
        public Builder households(Integer households) {
            this.households = households;
            return this;
        }

        public NeedParams build() {
            return new NeedParams(this);
        }
    }
}
