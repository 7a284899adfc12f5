package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link DepartmentService#create}.
 * Required: {@code code}, {@code name}.
 */
public final class DepartmentCreateParams {
    @JsonProperty("code")
    private final String code;
    @JsonProperty("name")
    private final String name;
    @JsonProperty("kind")
    private final DepartmentKind kind;

    private DepartmentCreateParams(Builder b) {
        this.code = Objects.requireNonNull(b.code, "code is required");
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.kind = b.kind;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** FUNCTIONAL_DEPARTMENT unless given. */
    public Optional<DepartmentKind> kind() {
        return Optional.ofNullable(kind);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.name = name;
        b.kind = kind;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DepartmentCreateParams)) {
            return false;
        }
        DepartmentCreateParams other = (DepartmentCreateParams) o;
        return Objects.equals(code, other.code)
                && Objects.equals(name, other.name)
                && Objects.equals(kind, other.kind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, kind);
    }

    /** Builder of {@link DepartmentCreateParams}. */
    public static final class Builder {
        private String code;
        private String name;
        private DepartmentKind kind;

        private Builder() {
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** FUNCTIONAL_DEPARTMENT unless given. */
        public Builder kind(DepartmentKind kind) {
            this.kind = kind;
            return this;
        }

        public DepartmentCreateParams build() {
            return new DepartmentCreateParams(this);
        }
    }
}
