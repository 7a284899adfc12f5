package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant-set multiplier of activities' points (e.g. HOLIDAY at 200 %).
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PointsMultiplier {
    @JsonProperty("code")
    private String code;
    @JsonProperty("name")
    private String name;
    @JsonProperty("percent")
    private int percent;
    @JsonProperty("version")
    private long version;
    @JsonProperty("updatedAt")
    private OffsetDateTime updatedAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PointsMultiplier() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** 1-1000; 200 doubles the points. */
    public int percent() {
        return percent;
    }

    public long version() {
        return version;
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

    public static Builder builder() {
        return new Builder(new PointsMultiplier());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PointsMultiplier copy(PointsMultiplier from) {
        PointsMultiplier c = new PointsMultiplier();
        c.code = from.code;
        c.name = from.name;
        c.percent = from.percent;
        c.version = from.version;
        c.updatedAt = from.updatedAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PointsMultiplier)) {
            return false;
        }
        PointsMultiplier other = (PointsMultiplier) o;
        return Objects.equals(code, other.code)
                && Objects.equals(name, other.name)
                && percent == other.percent
                && version == other.version
                && Objects.equals(updatedAt, other.updatedAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, percent);
    }

    @Override
    public String toString() {
        return "PointsMultiplier{" + "code=" + code + ", " + "name=" + name + ", " + "percent=" + percent + ", " + "version=" + version + "}";
    }

    /** Builds a {@link PointsMultiplier}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PointsMultiplier building;

        private Builder(PointsMultiplier building) {
            this.building = building;
        }

        public Builder code(String code) {
            building.code = code;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder percent(int percent) {
            building.percent = percent;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Builder updatedAt(OffsetDateTime updatedAt) {
            building.updatedAt = updatedAt;
            return this;
        }

        public PointsMultiplier build() {
            return copy(building);
        }
    }
}
