package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * Parameters of {@link AssignmentService#assignToGrid}.
 * Required: {@code subject}, {@code role}, {@code gridId}.
 */
public final class GridAssignmentParams {
    @JsonProperty("subject")
    private final String subject;
    @JsonProperty("role")
    private final String role;
    @JsonProperty("gridId")
    private final String gridId;

    private GridAssignmentParams(Builder b) {
        this.subject = Objects.requireNonNull(b.subject, "subject is required");
        this.role = Objects.requireNonNull(b.role, "role is required");
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The person's token subject. */
    public String subject() {
        return subject;
    }

    /** grid-worker, community-worker or street-officer. */
    public String role() {
        return role;
    }

    public String gridId() {
        return gridId;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.subject = subject;
        b.role = role;
        b.gridId = gridId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GridAssignmentParams)) {
            return false;
        }
        GridAssignmentParams other = (GridAssignmentParams) o;
        return Objects.equals(subject, other.subject)
                && Objects.equals(role, other.role)
                && Objects.equals(gridId, other.gridId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, role, gridId);
    }

    /** Builder of {@link GridAssignmentParams}. */
    public static final class Builder {
        private String subject;
        private String role;
        private String gridId;

        private Builder() {
        }

        /** The person's token subject. */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** grid-worker, community-worker or street-officer. */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public GridAssignmentParams build() {
            return new GridAssignmentParams(this);
        }
    }
}
