package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A choice of a list attribute: its key (what is sent) and its name (what is shown).
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class ServiceAttributeValue {
    @JsonProperty("key")
    private String key;
    @JsonProperty("name")
    private String name;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private ServiceAttributeValue() {
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
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
        return new Builder(new ServiceAttributeValue());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static ServiceAttributeValue copy(ServiceAttributeValue from) {
        ServiceAttributeValue c = new ServiceAttributeValue();
        c.key = from.key;
        c.name = from.name;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ServiceAttributeValue)) {
            return false;
        }
        ServiceAttributeValue other = (ServiceAttributeValue) o;
        return Objects.equals(key, other.key)
                && Objects.equals(name, other.name)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return "ServiceAttributeValue{" + "key=" + key + "}";
    }

    /** Builds a {@link ServiceAttributeValue}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final ServiceAttributeValue building;

        private Builder(ServiceAttributeValue building) {
            this.building = building;
        }

        public Builder key(String key) {
            building.key = key;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public ServiceAttributeValue build() {
            return copy(building);
        }
    }
}
