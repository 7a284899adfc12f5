package org.jiceng.sdk.grids;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 网格节点: one node of the tenant's administrative grid tree (city, district, street, community, grid, compound
 * or building). Immutable; fields the SDK does not know yet are kept in {@link #additionalProperties()}.
 * {@link #version()} is what {@code If-Match} compares against when the node is changed.
 */
public final class Grid {
    @JsonProperty("id")
    private String id;
    @JsonProperty("parentId")
    private String parentId;
    @JsonProperty("level")
    private GridLevel level;
    @JsonProperty("code")
    private String code;
    @JsonProperty("name")
    private String name;
    @JsonProperty("depth")
    private int depth;
    @JsonProperty("population")
    private Long population;
    @JsonProperty("households")
    private Long households;
    @JsonProperty("rollup")
    private GridRollup rollup;
    @JsonProperty("boundary")
    private Geometry boundary;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;
    @JsonProperty("updatedAt")
    private OffsetDateTime updatedAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Grid() {
    }

    public String id() {
        return id;
    }

    /** Empty for the tenant's root node. */
    public Optional<String> parentId() {
        return Optional.ofNullable(parentId);
    }

    public GridLevel level() {
        return level;
    }

    /** Hierarchical code: the 6-digit division code at the root, three more digits per level below a district. */
    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** 0 for the root. */
    public int depth() {
        return depth;
    }

    /** Residents counted on this node itself (not its subtree). */
    public Optional<Long> population() {
        return Optional.ofNullable(population);
    }

    /** Households counted on this node itself (not its subtree). */
    public Optional<Long> households() {
        return Optional.ofNullable(households);
    }

    /** Totals over this node and all its descendants. */
    public GridRollup rollup() {
        return rollup;
    }

    public Optional<Geometry> boundary() {
        return Optional.ofNullable(boundary);
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** JSON fields this SDK version does not model. */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    private void putAdditionalProperty(String key, Object value) {
        additionalProperties.put(key, value);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.grid = copy(this);
        return b;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static Grid copy(Grid g) {
        Grid c = new Grid();
        c.id = g.id;
        c.parentId = g.parentId;
        c.level = g.level;
        c.code = g.code;
        c.name = g.name;
        c.depth = g.depth;
        c.population = g.population;
        c.households = g.households;
        c.rollup = g.rollup;
        c.boundary = g.boundary;
        c.version = g.version;
        c.createdAt = g.createdAt;
        c.updatedAt = g.updatedAt;
        c.additionalProperties = new LinkedHashMap<>(g.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Grid)) {
            return false;
        }
        Grid g = (Grid) o;
        return depth == g.depth && version == g.version && Objects.equals(id, g.id)
                && Objects.equals(parentId, g.parentId) && level == g.level && Objects.equals(code, g.code)
                && Objects.equals(name, g.name) && Objects.equals(population, g.population)
                && Objects.equals(households, g.households) && Objects.equals(boundary, g.boundary)
                && Objects.equals(createdAt, g.createdAt) && Objects.equals(updatedAt, g.updatedAt)
                && Objects.equals(additionalProperties, g.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Grid{" + level + " " + code + " " + name + ", id=" + id + ", v" + version + "}";
    }

    /** Builds a {@link Grid}, mainly for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private Grid grid = new Grid();

        private Builder() {
        }

        public Builder id(String id) {
            grid.id = id;
            return this;
        }

        public Builder parentId(String parentId) {
            grid.parentId = parentId;
            return this;
        }

        public Builder level(GridLevel level) {
            grid.level = level;
            return this;
        }

        public Builder code(String code) {
            grid.code = code;
            return this;
        }

        public Builder name(String name) {
            grid.name = name;
            return this;
        }

        public Builder depth(int depth) {
            grid.depth = depth;
            return this;
        }

        public Builder population(Long population) {
            grid.population = population;
            return this;
        }

        public Builder households(Long households) {
            grid.households = households;
            return this;
        }

        public Builder boundary(Geometry boundary) {
            grid.boundary = boundary;
            return this;
        }

        public Builder version(long version) {
            grid.version = version;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            grid.createdAt = createdAt;
            return this;
        }

        public Builder updatedAt(OffsetDateTime updatedAt) {
            grid.updatedAt = updatedAt;
            return this;
        }

        public Grid build() {
            return copy(grid);
        }
    }
}
