package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link CaseCategoryService#create}: a category with its deadlines per priority, and
 * optionally how it presents itself as an Open311 service.
 */
public final class CaseCategoryCreateParams {
    @JsonProperty("code")
    private final String code;
    @JsonProperty("name")
    private final String name;
    @JsonProperty("normal")
    private final CaseCategory.Deadlines normal;
    @JsonProperty("urgent")
    private final CaseCategory.Deadlines urgent;
    @JsonProperty("emergency")
    private final CaseCategory.Deadlines emergency;
    @JsonProperty("description")
    private final String description;
    @JsonProperty("group")
    private final String group;
    @JsonProperty("keywords")
    private final List<String> keywords;
    @JsonProperty("attributes")
    private final List<ServiceAttribute> attributes;

    private CaseCategoryCreateParams(Builder b) {
        this.code = Objects.requireNonNull(b.code, "code");
        this.name = Objects.requireNonNull(b.name, "name");
        this.normal = Objects.requireNonNull(b.normal, "normal");
        this.urgent = Objects.requireNonNull(b.urgent, "urgent");
        this.emergency = Objects.requireNonNull(b.emergency, "emergency");
        this.description = b.description;
        this.group = b.group;
        this.keywords = b.keywords;
        this.attributes = b.attributes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Upper-case code, e.g. {@code NOISE}. */
    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public CaseCategory.Deadlines normal() {
        return normal;
    }

    public CaseCategory.Deadlines urgent() {
        return urgent;
    }

    public CaseCategory.Deadlines emergency() {
        return emergency;
    }

    /** What the service is for, as Open311 clients show it. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** The group Open311 clients list it under. */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** Search words. */
    public Optional<List<String>> keywords() {
        return Optional.ofNullable(keywords);
    }

    /** What a report must tell (the Open311 service definition), replaced as a whole. */
    public Optional<List<ServiceAttribute>> attributes() {
        return Optional.ofNullable(attributes);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.name = name;
        b.normal = normal;
        b.urgent = urgent;
        b.emergency = emergency;
        b.description = description;
        b.group = group;
        b.keywords = keywords;
        b.attributes = attributes;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CaseCategoryCreateParams)) {
            return false;
        }
        CaseCategoryCreateParams other = (CaseCategoryCreateParams) o;
        return Objects.equals(code, other.code) && Objects.equals(name, other.name) && Objects.equals(normal, other.normal) && Objects.equals(urgent, other.urgent) && Objects.equals(emergency, other.emergency) && Objects.equals(description, other.description) && Objects.equals(group, other.group) && Objects.equals(keywords, other.keywords) && Objects.equals(attributes, other.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, normal, urgent, emergency, description, group, keywords, attributes);
    }

    /** Builder of {@link CaseCategoryCreateParams}. */
    public static final class Builder {
        private String code;
        private String name;
        private CaseCategory.Deadlines normal;
        private CaseCategory.Deadlines urgent;
        private CaseCategory.Deadlines emergency;
        private String description;
        private String group;
        private List<String> keywords;
        private List<ServiceAttribute> attributes;

        private Builder() {
        }

        /** Upper-case code, e.g. {@code NOISE}. */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder normal(CaseCategory.Deadlines normal) {
            this.normal = normal;
            return this;
        }

        public Builder urgent(CaseCategory.Deadlines urgent) {
            this.urgent = urgent;
            return this;
        }

        public Builder emergency(CaseCategory.Deadlines emergency) {
            this.emergency = emergency;
            return this;
        }

        /** What the service is for, as Open311 clients show it. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The group Open311 clients list it under. */
        public Builder group(String group) {
            this.group = group;
            return this;
        }

        /** Search words. */
        public Builder keywords(List<String> keywords) {
            this.keywords = keywords == null ? null : List.copyOf(keywords);
            return this;
        }

        /** What a report must tell (the Open311 service definition), replaced as a whole. */
        public Builder attributes(List<ServiceAttribute> attributes) {
            this.attributes = attributes == null ? null : List.copyOf(attributes);
            return this;
        }

        public CaseCategoryCreateParams build() {
            return new CaseCategoryCreateParams(this);
        }
    }
}
