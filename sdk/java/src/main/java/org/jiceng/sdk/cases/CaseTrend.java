package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A grid node's counts and rates month by month, oldest first.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class CaseTrend {
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("code")
    private String code;
    @JsonProperty("name")
    private String name;
    @JsonProperty("from")
    private java.time.YearMonth from;
    @JsonProperty("to")
    private java.time.YearMonth to;
    @JsonProperty("months")
    private List<CaseTrendMonth> months;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private CaseTrend() {
    }

    public String gridId() {
        return gridId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** The first month. */
    public java.time.YearMonth from() {
        return from;
    }

    /** The month after the last. */
    public java.time.YearMonth to() {
        return to;
    }

    public List<CaseTrendMonth> months() {
        return months == null ? List.of() : months;
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
        return new Builder(new CaseTrend());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static CaseTrend copy(CaseTrend from) {
        CaseTrend c = new CaseTrend();
        c.gridId = from.gridId;
        c.code = from.code;
        c.name = from.name;
        c.from = from.from;
        c.to = from.to;
        c.months = from.months == null ? null : List.copyOf(from.months);
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CaseTrend)) {
            return false;
        }
        CaseTrend other = (CaseTrend) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(code, other.code)
                && Objects.equals(name, other.name)
                && Objects.equals(from, other.from)
                && Objects.equals(to, other.to)
                && Objects.equals(months, other.months)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, from);
    }

    @Override
    public String toString() {
        return "CaseTrend{" + "code=" + code + ", " + "from=" + from + ", " + "to=" + to + "}";
    }

    /** Builds a {@link CaseTrend}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final CaseTrend building;

        private Builder(CaseTrend building) {
            this.building = building;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder code(String code) {
            building.code = code;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder from(java.time.YearMonth from) {
            building.from = from;
            return this;
        }

        public Builder to(java.time.YearMonth to) {
            building.to = to;
            return this;
        }

        public Builder months(List<CaseTrendMonth> months) {
            building.months = months;
            return this;
        }

        public CaseTrend build() {
            return copy(building);
        }
    }
}
