package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 事项分类: a case category with its deadlines per priority.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class CaseCategory {
    @JsonProperty("code")
    private String code;
    @JsonProperty("name")
    private String name;
    @JsonProperty("normal")
    private Deadlines normal;
    @JsonProperty("urgent")
    private Deadlines urgent;
    @JsonProperty("emergency")
    private Deadlines emergency;
    @JsonProperty("active")
    private boolean active;
    @JsonProperty("version")
    private long version;
    @JsonProperty("description")
    private String description;
    @JsonProperty("group")
    private String group;
    @JsonProperty("keywords")
    private java.util.List<String> keywords;
    @JsonProperty("attributes")
    private java.util.List<ServiceAttribute> attributes;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private CaseCategory() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Deadlines normal() {
        return normal;
    }

    public Deadlines urgent() {
        return urgent;
    }

    public Deadlines emergency() {
        return emergency;
    }

    /** A retired category takes no new cases. */
    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    /** What the service is for, as Open311 clients show it. */
    public java.util.Optional<String> description() {
        return java.util.Optional.ofNullable(description);
    }

    /** The group Open311 clients list it under. */
    public java.util.Optional<String> group() {
        return java.util.Optional.ofNullable(group);
    }

    public java.util.List<String> keywords() {
        return keywords == null ? java.util.List.of() : keywords;
    }

    /** What a report of this category must tell: the Open311 service definition's attributes. */
    public java.util.List<ServiceAttribute> attributes() {
        return attributes == null ? java.util.List.of() : attributes;
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
        return new Builder(new CaseCategory());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static CaseCategory copy(CaseCategory from) {
        CaseCategory c = new CaseCategory();
        c.code = from.code;
        c.name = from.name;
        c.normal = from.normal;
        c.urgent = from.urgent;
        c.emergency = from.emergency;
        c.active = from.active;
        c.version = from.version;
        c.description = from.description;
        c.group = from.group;
        c.keywords = from.keywords;
        c.attributes = from.attributes;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CaseCategory)) {
            return false;
        }
        CaseCategory other = (CaseCategory) o;
        return Objects.equals(code, other.code)
                && Objects.equals(name, other.name)
                && Objects.equals(normal, other.normal)
                && Objects.equals(urgent, other.urgent)
                && Objects.equals(emergency, other.emergency)
                && active == other.active
                && version == other.version
                && Objects.equals(description, other.description)
                && Objects.equals(group, other.group)
                && Objects.equals(keywords, other.keywords)
                && Objects.equals(attributes, other.attributes)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, normal);
    }

    @Override
    public String toString() {
        return "CaseCategory{" + "code=" + code + ", " + "name=" + name + ", " + "normal=" + normal + ", " + "urgent=" + urgent + "}";
    }

    /** Builds a {@link CaseCategory}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final CaseCategory building;

        private Builder(CaseCategory building) {
            this.building = building;
        }

        public Builder code(String code) {
            building.code = code;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder normal(Deadlines normal) {
            building.normal = normal;
            return this;
        }

        public Builder urgent(Deadlines urgent) {
            building.urgent = urgent;
            return this;
        }

        public Builder emergency(Deadlines emergency) {
            building.emergency = emergency;
            return this;
        }

        public Builder active(boolean active) {
            building.active = active;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Builder description(String description) {
            building.description = description;
            return this;
        }

        public Builder group(String group) {
            building.group = group;
            return this;
        }

        public Builder keywords(java.util.List<String> keywords) {
            building.keywords = keywords == null ? null : java.util.List.copyOf(keywords);
            return this;
        }

        public Builder attributes(java.util.List<ServiceAttribute> attributes) {
            building.attributes = attributes == null ? null : java.util.List.copyOf(attributes);
            return this;
        }

        public CaseCategory build() {
            return copy(building);
        }
    }

    /**
     * Hours to accept after the report, to acknowledge after dispatch, to resolve after acceptance.
     * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
     */
    public static final class Deadlines {
        @JsonProperty("acceptHours")
        private int acceptHours;
        @JsonProperty("acknowledgeHours")
        private int acknowledgeHours;
        @JsonProperty("resolveHours")
        private int resolveHours;

        private Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Deadlines() {
        }

        public int acceptHours() {
            return acceptHours;
        }

        public int acknowledgeHours() {
            return acknowledgeHours;
        }

        public int resolveHours() {
            return resolveHours;
        }

        public static Deadlines of(int acceptHours, int acknowledgeHours, int resolveHours) {
            return builder().acceptHours(acceptHours).acknowledgeHours(acknowledgeHours).resolveHours(resolveHours)
                    .build();
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
            return new Builder(new Deadlines());
        }

        public Builder toBuilder() {
            return new Builder(copy(this));
        }

        private static Deadlines copy(Deadlines from) {
            Deadlines c = new Deadlines();
            c.acceptHours = from.acceptHours;
            c.acknowledgeHours = from.acknowledgeHours;
            c.resolveHours = from.resolveHours;
            c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
            return c;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Deadlines)) {
                return false;
            }
            Deadlines other = (Deadlines) o;
            return acceptHours == other.acceptHours
                    && acknowledgeHours == other.acknowledgeHours
                    && resolveHours == other.resolveHours
                    && additionalProperties.equals(other.additionalProperties);
        }

        @Override
        public int hashCode() {
            return Objects.hash(acceptHours, acknowledgeHours, resolveHours);
        }

        @Override
        public String toString() {
            return "Deadlines{" + "acceptHours=" + acceptHours + ", " + "acknowledgeHours=" + acknowledgeHours + ", " + "resolveHours=" + resolveHours + "}";
        }

        /** Builds a {@link Deadlines}, for tests and fixtures in applications that embed the SDK. */
        public static final class Builder {
            private final Deadlines building;

            private Builder(Deadlines building) {
                this.building = building;
            }

            public Builder acceptHours(int acceptHours) {
                building.acceptHours = acceptHours;
                return this;
            }

            public Builder acknowledgeHours(int acknowledgeHours) {
                building.acknowledgeHours = acknowledgeHours;
                return this;
            }

            public Builder resolveHours(int resolveHours) {
                building.resolveHours = resolveHours;
                return this;
            }

            public Deadlines build() {
                return copy(building);
            }
        }
    }
}
