package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Filters of {@link AssignmentService#list}.
 */
public final class AssignmentListParams {
    @JsonProperty("subject")
    private final String subject;
    @JsonProperty("limit")
    private final Integer limit;

    private AssignmentListParams(Builder b) {
        this.subject = b.subject;
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One person's assignments; all without it. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** Page size, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.subject = subject;
        b.limit = limit;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AssignmentListParams)) {
            return false;
        }
        AssignmentListParams other = (AssignmentListParams) o;
        return Objects.equals(subject, other.subject)
                && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, limit);
    }

    /** Builder of {@link AssignmentListParams}. */
    public static final class Builder {
        private String subject;
        private Integer limit;

        private Builder() {
        }

        /** One person's assignments; all without it. */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** Page size, 1-500 (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public AssignmentListParams build() {
            return new AssignmentListParams(this);
        }
    }
}
