package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * An evaluation for {@link ProjectService#evaluate}.
 * Required: {@code score}.
 */
public final class ProjectEvaluationParams {
    @JsonProperty("score")
    private final Integer score;
    @JsonProperty("comment")
    private final String comment;
    @JsonProperty("householdId")
    private final String householdId;

    private ProjectEvaluationParams(Builder b) {
        this.score = Objects.requireNonNull(b.score, "score is required");
        this.comment = b.comment;
        this.householdId = b.householdId;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** 1 to 5. */
    public Integer score() {
        return score;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    /** Staff entering a household's paper evaluation name it. */
    public Optional<String> householdId() {
        return Optional.ofNullable(householdId);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.score = score;
        b.comment = comment;
        b.householdId = householdId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ProjectEvaluationParams)) {
            return false;
        }
        ProjectEvaluationParams other = (ProjectEvaluationParams) o;
        return Objects.equals(score, other.score)
                && Objects.equals(comment, other.comment)
                && Objects.equals(householdId, other.householdId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(score, comment, householdId);
    }

    /** Builder of {@link ProjectEvaluationParams}. */
    public static final class Builder {
        private Integer score;
        private String comment;
        private String householdId;

        private Builder() {
        }

        /** 1 to 5. */
        public Builder score(Integer score) {
            this.score = score;
            return this;
        }

        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** Staff entering a household's paper evaluation name it. */
        public Builder householdId(String householdId) {
            this.householdId = householdId;
            return this;
        }

        public ProjectEvaluationParams build() {
            return new ProjectEvaluationParams(this);
        }
    }
}
