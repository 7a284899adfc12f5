package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's key figures for platform admins: counts of its records, nothing of their content.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class TenantFigures {
    @JsonProperty("code")
    private String code;
    @JsonProperty("grids")
    private long grids;
    @JsonProperty("cases")
    private long cases;
    @JsonProperty("volunteers")
    private long volunteers;
    @JsonProperty("partyMembers")
    private long partyMembers;
    @JsonProperty("records")
    private Map<String, Long> records;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private TenantFigures() {
    }

    public String code() {
        return code;
    }

    public long grids() {
        return grids;
    }

    public long cases() {
        return cases;
    }

    public long volunteers() {
        return volunteers;
    }

    public long partyMembers() {
        return partyMembers;
    }

    /** Rows per table. */
    public Map<String, Long> records() {
        return records == null ? Map.of() : records;
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
        return new Builder(new TenantFigures());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static TenantFigures copy(TenantFigures from) {
        TenantFigures c = new TenantFigures();
        c.code = from.code;
        c.grids = from.grids;
        c.cases = from.cases;
        c.volunteers = from.volunteers;
        c.partyMembers = from.partyMembers;
        c.records = from.records == null ? null : Map.copyOf(from.records);
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TenantFigures)) {
            return false;
        }
        TenantFigures other = (TenantFigures) o;
        return Objects.equals(code, other.code)
                && grids == other.grids
                && cases == other.cases
                && volunteers == other.volunteers
                && partyMembers == other.partyMembers
                && Objects.equals(records, other.records)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    @Override
    public String toString() {
        return "TenantFigures{" + "code=" + code + ", " + "grids=" + grids + ", " + "cases=" + cases + "}";
    }

    /** Builds a {@link TenantFigures}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final TenantFigures building;

        private Builder(TenantFigures building) {
            this.building = building;
        }

        public Builder code(String code) {
            building.code = code;
            return this;
        }

        public Builder grids(long grids) {
            building.grids = grids;
            return this;
        }

        public Builder cases(long cases) {
            building.cases = cases;
            return this;
        }

        public Builder volunteers(long volunteers) {
            building.volunteers = volunteers;
            return this;
        }

        public Builder partyMembers(long partyMembers) {
            building.partyMembers = partyMembers;
            return this;
        }

        public Builder records(Map<String, Long> records) {
            building.records = records;
            return this;
        }

        public TenantFigures build() {
            return copy(building);
        }
    }
}
