package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Changes of {@link DepartmentService#update}: only what is set changes.
 */
public final class DepartmentUpdateParams {
    @JsonProperty("name")
    private final String name;
    @JsonProperty("active")
    private final Boolean active;

    private DepartmentUpdateParams(Builder b) {
        this.name = b.name;
        this.active = b.active;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** false deactivates the unit: nothing new is dispatched to it. */
    public Optional<Boolean> active() {
        return Optional.ofNullable(active);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.active = active;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DepartmentUpdateParams)) {
            return false;
        }
        DepartmentUpdateParams other = (DepartmentUpdateParams) o;
        return Objects.equals(name, other.name)
                && Objects.equals(active, other.active);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, active);
    }

    /** Builder of {@link DepartmentUpdateParams}. */
    public static final class Builder {
        private String name;
        private Boolean active;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** false deactivates the unit: nothing new is dispatched to it. */
        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        public DepartmentUpdateParams build() {
            return new DepartmentUpdateParams(this);
        }
    }
}
