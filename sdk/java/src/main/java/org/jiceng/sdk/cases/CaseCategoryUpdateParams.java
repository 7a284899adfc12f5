package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link CaseCategoryService#update}; what is left unset stays as it is.
 */
public final class CaseCategoryUpdateParams {
    @JsonProperty("name")
    private final String name;
    @JsonProperty("normal")
    private final CaseCategory.Deadlines normal;
    @JsonProperty("urgent")
    private final CaseCategory.Deadlines urgent;
    @JsonProperty("emergency")
    private final CaseCategory.Deadlines emergency;
    @JsonProperty("active")
    private final Boolean active;
    @JsonProperty("description")
    private final String description;
    @JsonProperty("group")
    private final String group;
    @JsonProperty("keywords")
    private final List<String> keywords;
    @JsonProperty("attributes")
    private final List<ServiceAttribute> attributes;

    private CaseCategoryUpdateParams(Builder b) {
        this.name = b.name;
        this.normal = b.normal;
        this.urgent = b.urgent;
        this.emergency = b.emergency;
        this.active = b.active;
        this.description = b.description;
        this.group = b.group;
        this.keywords = b.keywords;
        this.attributes = b.attributes;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<CaseCategory.Deadlines> normal() {
        return Optional.ofNullable(normal);
    }

    public Optional<CaseCategory.Deadlines> urgent() {
        return Optional.ofNullable(urgent);
    }

    public Optional<CaseCategory.Deadlines> emergency() {
        return Optional.ofNullable(emergency);
    }

    /** false retires the category, true revives it. */
    public Optional<Boolean> active() {
        return Optional.ofNullable(active);
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
        b.name = name;
        b.normal = normal;
        b.urgent = urgent;
        b.emergency = emergency;
        b.active = active;
        b.description = description;
        b.group = group;
        b.keywords = keywords;
        b.attributes = attributes;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CaseCategoryUpdateParams)) {
            return false;
        }
        CaseCategoryUpdateParams other = (CaseCategoryUpdateParams) o;
        return Objects.equals(name, other.name) && Objects.equals(normal, other.normal) && Objects.equals(urgent, other.urgent) && Objects.equals(emergency, other.emergency) && Objects.equals(active, other.active) && Objects.equals(description, other.description) && Objects.equals(group, other.group) && Objects.equals(keywords, other.keywords) && Objects.equals(attributes, other.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, normal, urgent, emergency, active, description, group, keywords, attributes);
    }

    /** Builder of {@link CaseCategoryUpdateParams}. */
    public static final class Builder {
        private String name;
        private CaseCategory.Deadlines normal;
        private CaseCategory.Deadlines urgent;
        private CaseCategory.Deadlines emergency;
        private Boolean active;
        private String description;
        private String group;
        private List<String> keywords;
        private List<ServiceAttribute> attributes;

        private Builder() {
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

        /** false retires the category, true revives it. */
        public Builder active(Boolean active) {
            this.active = active;
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

        public CaseCategoryUpdateParams build() {
            return new CaseCategoryUpdateParams(this);
        }
    }
}
