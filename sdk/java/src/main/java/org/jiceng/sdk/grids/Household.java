package org.jiceng.sdk.grids;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A household at an address in a building, compound or grid; its head masked unless the caller has {@code pii:read}.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Household {
    @JsonProperty("id")
    private String id;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("address")
    private String address;
    @JsonProperty("headName")
    private String headName;
    @JsonProperty("headPhone")
    private String headPhone;
    @JsonProperty("masked")
    private boolean masked;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Household() {
    }

    public String id() {
        return id;
    }

    public String gridId() {
        return gridId;
    }

    public String address() {
        return address;
    }

    public Optional<String> headName() {
        return Optional.ofNullable(headName);
    }

    public Optional<String> headPhone() {
        return Optional.ofNullable(headPhone);
    }

    public boolean masked() {
        return masked;
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
        return new Builder(new Household());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Household copy(Household from) {
        Household c = new Household();
        c.id = from.id;
        c.gridId = from.gridId;
        c.address = from.address;
        c.headName = from.headName;
        c.headPhone = from.headPhone;
        c.masked = from.masked;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Household)) {
            return false;
        }
        Household other = (Household) o;
        return Objects.equals(id, other.id)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(address, other.address)
                && Objects.equals(headName, other.headName)
                && Objects.equals(headPhone, other.headPhone)
                && masked == other.masked
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, gridId, address);
    }

    @Override
    public String toString() {
        return "Household{" + "id=" + id + ", " + "gridId=" + gridId + ", " + "address=" + address + ", " + "headName=" + headName + "}";
    }

    /** Builds a {@link Household}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Household building;

        private Builder(Household building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder address(String address) {
            building.address = address;
            return this;
        }

        public Builder headName(String headName) {
            building.headName = headName;
            return this;
        }

        public Builder headPhone(String headPhone) {
            building.headPhone = headPhone;
            return this;
        }

        public Builder masked(boolean masked) {
            building.masked = masked;
            return this;
        }

        public Household build() {
            return copy(building);
        }
    }
}
