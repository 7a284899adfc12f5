package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * Parameters of {@link AssignmentService#assignToDepartment}.
 * Required: {@code subject}, {@code departmentId}.
 */
public final class DepartmentAssignmentParams {
    @JsonProperty("subject")
    private final String subject;
    @JsonProperty("departmentId")
    private final String departmentId;

    private DepartmentAssignmentParams(Builder b) {
        this.subject = Objects.requireNonNull(b.subject, "subject is required");
        this.departmentId = Objects.requireNonNull(b.departmentId, "departmentId is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The officer's token subject. */
    public String subject() {
        return subject;
    }

    public String departmentId() {
        return departmentId;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.subject = subject;
        b.departmentId = departmentId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DepartmentAssignmentParams)) {
            return false;
        }
        DepartmentAssignmentParams other = (DepartmentAssignmentParams) o;
        return Objects.equals(subject, other.subject)
                && Objects.equals(departmentId, other.departmentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, departmentId);
    }

    /** Builder of {@link DepartmentAssignmentParams}. */
    public static final class Builder {
        private String subject;
        private String departmentId;

        private Builder() {
        }

        /** The officer's token subject. */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder departmentId(String departmentId) {
            this.departmentId = departmentId;
            return this;
        }

        public DepartmentAssignmentParams build() {
            return new DepartmentAssignmentParams(this);
        }
    }
}
