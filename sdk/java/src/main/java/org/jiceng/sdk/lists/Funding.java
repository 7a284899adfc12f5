package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A project's funding source.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Funding {
    @JsonProperty("kind")
    private String kind;
    @JsonProperty("name")
    private String name;
    @JsonProperty("amountFen")
    private Long amountFen;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Funding() {
    }

    /** SUPPORT_FUND, PARTY_SERVICE_FUND, PROPERTY_RIGHTS_UNIT, PROPERTY_FEE, MAINTENANCE_FUND or OTHER. */
    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Optional<Long> amountFen() {
        return Optional.ofNullable(amountFen);
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
        return new Builder(new Funding());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Funding copy(Funding from) {
        Funding c = new Funding();
        c.kind = from.kind;
        c.name = from.name;
        c.amountFen = from.amountFen;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Funding)) {
            return false;
        }
        Funding other = (Funding) o;
        return Objects.equals(kind, other.kind)
                && Objects.equals(name, other.name)
                && Objects.equals(amountFen, other.amountFen)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, amountFen);
    }

    @Override
    public String toString() {
        return "Funding{" + "kind=" + kind + ", " + "name=" + name + ", " + "amountFen=" + amountFen + "}";
    }

    /** Builds a {@link Funding}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Funding building;

        private Builder(Funding building) {
            this.building = building;
        }

        public Builder kind(String kind) {
            building.kind = kind;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder amountFen(Long amountFen) {
            building.amountFen = amountFen;
            return this;
        }

        public Funding build() {
            return copy(building);
        }
    }
}
