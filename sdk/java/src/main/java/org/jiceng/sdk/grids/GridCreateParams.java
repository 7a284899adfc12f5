package org.jiceng.sdk.grids;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * Parameters of {@link GridService#create}. The root node (CITY or DISTRICT) has no parent and carries the
 * tenant's 6-digit division code; every other node names its parent.
 */
public final class GridCreateParams {
    @JsonProperty("parentId")
    private final String parentId;
    @JsonProperty("level")
    private final GridLevel level;
    @JsonProperty("code")
    private final String code;
    @JsonProperty("name")
    private final String name;
    @JsonProperty("population")
    private final Long population;
    @JsonProperty("households")
    private final Long households;
    @JsonProperty("boundary")
    private final Geometry boundary;

    private GridCreateParams(Builder b) {
        this.parentId = b.parentId;
        this.level = Objects.requireNonNull(b.level, "level");
        this.code = Objects.requireNonNull(b.code, "code");
        this.name = Objects.requireNonNull(b.name, "name");
        this.population = b.population;
        this.households = b.households;
        this.boundary = b.boundary;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().parentId(parentId).level(level).code(code).name(name).population(population)
                .households(households).boundary(boundary);
    }

    /** Builder of {@link GridCreateParams}; {@code level}, {@code code} and {@code name} are required. */
    public static final class Builder {
        private String parentId;
        private GridLevel level;
        private String code;
        private String name;
        private Long population;
        private Long households;
        private Geometry boundary;

        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        public Builder level(GridLevel level) {
            this.level = level;
            return this;
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder population(Long population) {
            this.population = population;
            return this;
        }

        public Builder population(long population) {
            return population(Long.valueOf(population));
        }

        public Builder households(Long households) {
            this.households = households;
            return this;
        }

        public Builder households(long households) {
            return households(Long.valueOf(households));
        }

        public Builder boundary(Geometry boundary) {
            this.boundary = boundary;
            return this;
        }

        public GridCreateParams build() {
            return new GridCreateParams(this);
        }
    }
}
