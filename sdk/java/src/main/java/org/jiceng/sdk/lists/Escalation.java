package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a need is escalated: the case's category and the departments the whistle summons.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Escalation {
    @JsonProperty("categoryCode")
    private String categoryCode;
    @JsonProperty("departmentIds")
    private List<String> departmentIds;
    @JsonProperty("hours")
    private Integer hours;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Escalation() {
    }

    public String categoryCode() {
        return categoryCode;
    }

    public List<String> departmentIds() {
        return departmentIds == null ? List.of() : Collections.unmodifiableList(departmentIds);
    }

    /** Hours each department has to report in. */
    public Optional<Integer> hours() {
        return Optional.ofNullable(hours);
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
        return new Builder(new Escalation());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Escalation copy(Escalation from) {
        Escalation c = new Escalation();
        c.categoryCode = from.categoryCode;
        c.departmentIds = from.departmentIds;
        c.hours = from.hours;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Escalation)) {
            return false;
        }
        Escalation other = (Escalation) o;
        return Objects.equals(categoryCode, other.categoryCode)
                && Objects.equals(departmentIds, other.departmentIds)
                && Objects.equals(hours, other.hours)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(categoryCode, departmentIds, hours);
    }

    @Override
    public String toString() {
        return "Escalation{" + "categoryCode=" + categoryCode + ", " + "departmentIds=" + departmentIds + ", " + "hours=" + hours + "}";
    }

    /** Builds a {@link Escalation}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Escalation building;

        private Builder(Escalation building) {
            this.building = building;
        }

        public Builder categoryCode(String categoryCode) {
            building.categoryCode = categoryCode;
            return this;
        }

        public Builder departmentIds(List<String> departmentIds) {
            building.departmentIds = departmentIds;
            return this;
        }

        public Builder hours(Integer hours) {
            building.hours = hours;
            return this;
        }

        public Escalation build() {
            return copy(building);
        }
    }
}
