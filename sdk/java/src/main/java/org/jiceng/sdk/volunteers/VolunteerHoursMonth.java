package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One month of verified volunteer service: sign-ups an organiser verified, the volunteers who served, their verified time.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class VolunteerHoursMonth {
    @JsonProperty("month")
    private java.time.YearMonth month;
    @JsonProperty("services")
    private long services;
    @JsonProperty("volunteers")
    private long volunteers;
    @JsonProperty("verifiedMinutes")
    private long verifiedMinutes;
    @JsonProperty("verifiedHours")
    private double verifiedHours;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private VolunteerHoursMonth() {
    }

    public java.time.YearMonth month() {
        return month;
    }

    public long services() {
        return services;
    }

    public long volunteers() {
        return volunteers;
    }

    public long verifiedMinutes() {
        return verifiedMinutes;
    }

    /** verifiedMinutes ÷ 60, one decimal. */
    public double verifiedHours() {
        return verifiedHours;
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
        return new Builder(new VolunteerHoursMonth());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static VolunteerHoursMonth copy(VolunteerHoursMonth from) {
        VolunteerHoursMonth c = new VolunteerHoursMonth();
        c.month = from.month;
        c.services = from.services;
        c.volunteers = from.volunteers;
        c.verifiedMinutes = from.verifiedMinutes;
        c.verifiedHours = from.verifiedHours;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof VolunteerHoursMonth)) {
            return false;
        }
        VolunteerHoursMonth other = (VolunteerHoursMonth) o;
        return Objects.equals(month, other.month)
                && services == other.services
                && volunteers == other.volunteers
                && verifiedMinutes == other.verifiedMinutes
                && verifiedHours == other.verifiedHours
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(month);
    }

    @Override
    public String toString() {
        return "VolunteerHoursMonth{" + "month=" + month + ", " + "services=" + services + ", " + "verifiedHours=" + verifiedHours + "}";
    }

    /** Builds a {@link VolunteerHoursMonth}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final VolunteerHoursMonth building;

        private Builder(VolunteerHoursMonth building) {
            this.building = building;
        }

        public Builder month(java.time.YearMonth month) {
            building.month = month;
            return this;
        }

        public Builder services(long services) {
            building.services = services;
            return this;
        }

        public Builder volunteers(long volunteers) {
            building.volunteers = volunteers;
            return this;
        }

        public Builder verifiedMinutes(long verifiedMinutes) {
            building.verifiedMinutes = verifiedMinutes;
            return this;
        }

        public Builder verifiedHours(double verifiedHours) {
            building.verifiedHours = verifiedHours;
            return this;
        }

        public VolunteerHoursMonth build() {
            return copy(building);
        }
    }
}
