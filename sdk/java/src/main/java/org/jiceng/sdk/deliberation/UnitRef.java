package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A unit by kind and id.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class UnitRef {
    @JsonProperty("kind")
    private UnitKind kind;
    @JsonProperty("id")
    private String id;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private UnitRef() {
    }

    public UnitKind kind() {
        return kind;
    }

    public String id() {
        return id;
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
        return new Builder(new UnitRef());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static UnitRef copy(UnitRef from) {
        UnitRef c = new UnitRef();
        c.kind = from.kind;
        c.id = from.id;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UnitRef)) {
            return false;
        }
        UnitRef other = (UnitRef) o;
        return Objects.equals(kind, other.kind)
                && Objects.equals(id, other.id)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id);
    }

    @Override
    public String toString() {
        return "UnitRef{" + "kind=" + kind + ", " + "id=" + id + "}";
    }

    /** Builds a {@link UnitRef}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final UnitRef building;

        private Builder(UnitRef building) {
            this.building = building;
        }

        public Builder kind(UnitKind kind) {
            building.kind = kind;
            return this;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public UnitRef build() {
            return copy(building);
        }
    }
}
