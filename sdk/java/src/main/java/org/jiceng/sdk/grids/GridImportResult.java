package org.jiceng.sdk.grids;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a grid import did. A refused file raises an exception listing each bad row and writes nothing.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class GridImportResult {
    @JsonProperty("rows")
    private int rows;
    @JsonProperty("created")
    private int created;
    @JsonProperty("updated")
    private int updated;
    @JsonProperty("unchanged")
    private int unchanged;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private GridImportResult() {
    }

    public int rows() {
        return rows;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
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
        return new Builder(new GridImportResult());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static GridImportResult copy(GridImportResult from) {
        GridImportResult c = new GridImportResult();
        c.rows = from.rows;
        c.created = from.created;
        c.updated = from.updated;
        c.unchanged = from.unchanged;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GridImportResult)) {
            return false;
        }
        GridImportResult other = (GridImportResult) o;
        return rows == other.rows
                && created == other.created
                && updated == other.updated
                && unchanged == other.unchanged
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, created, updated);
    }

    @Override
    public String toString() {
        return "GridImportResult{" + "rows=" + rows + ", " + "created=" + created + ", " + "updated=" + updated + ", " + "unchanged=" + unchanged + "}";
    }

    /** Builds a {@link GridImportResult}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final GridImportResult building;

        private Builder(GridImportResult building) {
            this.building = building;
        }

        public Builder rows(int rows) {
            building.rows = rows;
            return this;
        }

        public Builder created(int created) {
            building.created = created;
            return this;
        }

        public Builder updated(int updated) {
            building.updated = updated;
            return this;
        }

        public Builder unchanged(int unchanged) {
            building.unchanged = unchanged;
            return this;
        }

        public GridImportResult build() {
            return copy(building);
        }
    }
}
