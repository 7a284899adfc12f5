package org.jiceng.sdk.cases;

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
 * A question a case category asks when a case is filed (an Open311 service definition's attribute).
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class ServiceAttribute {
    @JsonProperty("code")
    private String code;
    @JsonProperty("variable")
    private boolean variable;
    @JsonProperty("datatype")
    private AttributeDatatype datatype;
    @JsonProperty("required")
    private boolean required;
    @JsonProperty("description")
    private String description;
    @JsonProperty("order")
    private int order;
    @JsonProperty("datatypeDescription")
    private String datatypeDescription;
    @JsonProperty("values")
    private List<ServiceAttributeValue> values;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private ServiceAttribute() {
    }

    /** Lower-case code, e.g. {@code pole_number}. */
    public String code() {
        return code;
    }

    /** False: informational only, takes no answer. */
    public boolean variable() {
        return variable;
    }

    public AttributeDatatype datatype() {
        return datatype;
    }

    public boolean required() {
        return required;
    }

    /** The question shown to the resident. */
    public String description() {
        return description;
    }

    public int order() {
        return order;
    }

    public Optional<String> datatypeDescription() {
        return Optional.ofNullable(datatypeDescription);
    }

    /** The choices of a list attribute. */
    public Optional<List<ServiceAttributeValue>> values() {
        return Optional.ofNullable(values);
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
        return new Builder(new ServiceAttribute());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static ServiceAttribute copy(ServiceAttribute from) {
        ServiceAttribute c = new ServiceAttribute();
        c.code = from.code;
        c.variable = from.variable;
        c.datatype = from.datatype;
        c.required = from.required;
        c.description = from.description;
        c.order = from.order;
        c.datatypeDescription = from.datatypeDescription;
        c.values = from.values;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ServiceAttribute)) {
            return false;
        }
        ServiceAttribute other = (ServiceAttribute) o;
        return Objects.equals(code, other.code)
                && variable == other.variable
                && Objects.equals(datatype, other.datatype)
                && required == other.required
                && Objects.equals(description, other.description)
                && order == other.order
                && Objects.equals(datatypeDescription, other.datatypeDescription)
                && Objects.equals(values, other.values)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    @Override
    public String toString() {
        return "ServiceAttribute{" + "code=" + code + "}";
    }

    /** Builds a {@link ServiceAttribute}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final ServiceAttribute building;

        private Builder(ServiceAttribute building) {
            this.building = building;
        }

        public Builder code(String code) {
            building.code = code;
            return this;
        }

        public Builder variable(boolean variable) {
            building.variable = variable;
            return this;
        }

        public Builder datatype(AttributeDatatype datatype) {
            building.datatype = datatype;
            return this;
        }

        public Builder required(boolean required) {
            building.required = required;
            return this;
        }

        public Builder description(String description) {
            building.description = description;
            return this;
        }

        public Builder order(int order) {
            building.order = order;
            return this;
        }

        public Builder datatypeDescription(String datatypeDescription) {
            building.datatypeDescription = datatypeDescription;
            return this;
        }

        public Builder values(List<ServiceAttributeValue> values) {
            building.values = values;
            return this;
        }

        public ServiceAttribute build() {
            return copy(building);
        }
    }
}
