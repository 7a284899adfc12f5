package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * Parameters of {@link CaseCategoryService#create}: a category with its deadlines per priority.
 * Required: {@code code}, {@code name}, {@code normal}, {@code urgent}, {@code emergency}.
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

    private CaseCategoryCreateParams(Builder b) {
        this.code = Objects.requireNonNull(b.code, "code is required");
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.normal = Objects.requireNonNull(b.normal, "normal is required");
        this.urgent = Objects.requireNonNull(b.urgent, "urgent is required");
        this.emergency = Objects.requireNonNull(b.emergency, "emergency is required");
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

    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.name = name;
        b.normal = normal;
        b.urgent = urgent;
        b.emergency = emergency;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CaseCategoryCreateParams)) {
            return false;
        }
        CaseCategoryCreateParams other = (CaseCategoryCreateParams) o;
        return Objects.equals(code, other.code)
                && Objects.equals(name, other.name)
                && Objects.equals(normal, other.normal)
                && Objects.equals(urgent, other.urgent)
                && Objects.equals(emergency, other.emergency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, normal, urgent, emergency);
    }

    /** Builder of {@link CaseCategoryCreateParams}. */
    public static final class Builder {
        private String code;
        private String name;
        private CaseCategory.Deadlines normal;
        private CaseCategory.Deadlines urgent;
        private CaseCategory.Deadlines emergency;

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

        public CaseCategoryCreateParams build() {
            return new CaseCategoryCreateParams(this);
        }
    }
}
