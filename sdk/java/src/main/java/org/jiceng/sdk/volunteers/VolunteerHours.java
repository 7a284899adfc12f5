package org.jiceng.sdk.volunteers;

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
 * Verified volunteer service month by month, oldest first; months without service have zeros.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class VolunteerHours {
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("from")
    private java.time.YearMonth from;
    @JsonProperty("to")
    private java.time.YearMonth to;
    @JsonProperty("months")
    private List<VolunteerHoursMonth> months;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private VolunteerHours() {
    }

    public Optional<String> gridId() {
        return Optional.ofNullable(gridId);
    }

    /** The first month. */
    public java.time.YearMonth from() {
        return from;
    }

    /** The month after the last. */
    public java.time.YearMonth to() {
        return to;
    }

    public List<VolunteerHoursMonth> months() {
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
        return new Builder(new VolunteerHours());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static VolunteerHours copy(VolunteerHours from) {
        VolunteerHours c = new VolunteerHours();
        c.gridId = from.gridId;
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
        if (!(o instanceof VolunteerHours)) {
            return false;
        }
        VolunteerHours other = (VolunteerHours) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(from, other.from)
                && Objects.equals(to, other.to)
                && Objects.equals(months, other.months)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from);
    }

    @Override
    public String toString() {
        return "VolunteerHours{" + "from=" + from + ", " + "to=" + to + "}";
    }

    /** Builds a {@link VolunteerHours}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final VolunteerHours building;

        private Builder(VolunteerHours building) {
            this.building = building;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
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

        public Builder months(List<VolunteerHoursMonth> months) {
            building.months = months;
            return this;
        }

        public VolunteerHours build() {
            return copy(building);
        }
    }
}
