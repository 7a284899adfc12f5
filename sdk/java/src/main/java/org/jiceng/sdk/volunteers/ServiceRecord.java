package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 志愿服务记录: the record of service a district prints for a volunteer.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class ServiceRecord {
    @JsonProperty("volunteerId")
    private String volunteerId;
    @JsonProperty("certificateNo")
    private String certificateNo;
    @JsonProperty("name")
    private String name;
    @JsonProperty("services")
    private long services;
    @JsonProperty("verifiedMinutes")
    private long verifiedMinutes;
    @JsonProperty("verifiedHours")
    private double verifiedHours;
    @JsonProperty("pointsEarned")
    private long pointsEarned;
    @JsonProperty("balance")
    private long balance;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private ServiceRecord() {
    }

    public String volunteerId() {
        return volunteerId;
    }

    public String certificateNo() {
        return certificateNo;
    }

    public String name() {
        return name;
    }

    /** Verified activity sign-ups and confirmed wishes. */
    public long services() {
        return services;
    }

    public long verifiedMinutes() {
        return verifiedMinutes;
    }

    public double verifiedHours() {
        return verifiedHours;
    }

    /** Points credited for service, less reversals. */
    public long pointsEarned() {
        return pointsEarned;
    }

    public long balance() {
        return balance;
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
        return new Builder(new ServiceRecord());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static ServiceRecord copy(ServiceRecord from) {
        ServiceRecord c = new ServiceRecord();
        c.volunteerId = from.volunteerId;
        c.certificateNo = from.certificateNo;
        c.name = from.name;
        c.services = from.services;
        c.verifiedMinutes = from.verifiedMinutes;
        c.verifiedHours = from.verifiedHours;
        c.pointsEarned = from.pointsEarned;
        c.balance = from.balance;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ServiceRecord)) {
            return false;
        }
        ServiceRecord other = (ServiceRecord) o;
        return Objects.equals(volunteerId, other.volunteerId)
                && Objects.equals(certificateNo, other.certificateNo)
                && Objects.equals(name, other.name)
                && services == other.services
                && verifiedMinutes == other.verifiedMinutes
                && Double.compare(verifiedHours, other.verifiedHours) == 0
                && pointsEarned == other.pointsEarned
                && balance == other.balance
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(volunteerId, certificateNo, name);
    }

    @Override
    public String toString() {
        return "ServiceRecord{" + "volunteerId=" + volunteerId + ", " + "certificateNo=" + certificateNo + ", " + "name=" + name + ", " + "services=" + services + "}";
    }

    /** Builds a {@link ServiceRecord}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final ServiceRecord building;

        private Builder(ServiceRecord building) {
            this.building = building;
        }

        public Builder volunteerId(String volunteerId) {
            building.volunteerId = volunteerId;
            return this;
        }

        public Builder certificateNo(String certificateNo) {
            building.certificateNo = certificateNo;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder services(long services) {
            building.services = services;
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

        public Builder pointsEarned(long pointsEarned) {
            building.pointsEarned = pointsEarned;
            return this;
        }

        public Builder balance(long balance) {
            building.balance = balance;
            return this;
        }

        public ServiceRecord build() {
            return copy(building);
        }
    }
}
