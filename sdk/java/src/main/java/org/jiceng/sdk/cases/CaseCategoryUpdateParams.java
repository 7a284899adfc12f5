package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Changes of {@link CaseCategoryService#update}: only what is set changes.
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

    private CaseCategoryUpdateParams(Builder b) {
        this.name = b.name;
        this.normal = b.normal;
        this.urgent = b.urgent;
        this.emergency = b.emergency;
        this.active = b.active;
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

    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.normal = normal;
        b.urgent = urgent;
        b.emergency = emergency;
        b.active = active;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CaseCategoryUpdateParams)) {
            return false;
        }
        CaseCategoryUpdateParams other = (CaseCategoryUpdateParams) o;
        return Objects.equals(name, other.name)
                && Objects.equals(normal, other.normal)
                && Objects.equals(urgent, other.urgent)
                && Objects.equals(emergency, other.emergency)
                && Objects.equals(active, other.active);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, normal, urgent, emergency, active);
    }

    /** Builder of {@link CaseCategoryUpdateParams}. */
    public static final class Builder {
        private String name;
        private CaseCategory.Deadlines normal;
        private CaseCategory.Deadlines urgent;
        private CaseCategory.Deadlines emergency;
        private Boolean active;

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

        public CaseCategoryUpdateParams build() {
            return new CaseCategoryUpdateParams(this);
        }
    }
}
