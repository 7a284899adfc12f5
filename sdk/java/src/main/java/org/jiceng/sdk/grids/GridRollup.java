package org.jiceng.sdk.grids;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Population and household counts summed over a node and its whole subtree; read-only, computed by the platform.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class GridRollup {
    @JsonProperty("population")
    private long population;
    @JsonProperty("households")
    private long households;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private GridRollup() {
    }

    public long population() {
        return population;
    }

    public long households() {
        return households;
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

    public static Builder builder() {
        return new Builder(new GridRollup());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static GridRollup copy(GridRollup from) {
        GridRollup c = new GridRollup();
        c.population = from.population;
        c.households = from.households;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GridRollup)) {
            return false;
        }
        GridRollup other = (GridRollup) o;
        return population == other.population
                && households == other.households
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(population, households);
    }

    @Override
    public String toString() {
        return "GridRollup{" + "population=" + population + ", " + "households=" + households + "}";
    }

    /** Builds a {@link GridRollup}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final GridRollup building;

        private Builder(GridRollup building) {
            this.building = building;
        }

        public Builder population(long population) {
            building.population = population;
            return this;
        }

        public Builder households(long households) {
            building.households = households;
            return this;
        }

        public GridRollup build() {
            return copy(building);
        }
    }
}
