package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A milestone for {@link ProjectService#reachMilestone}.
 * Required: {@code reachedOn}, {@code progress}, {@code note}.
 */
public final class ProjectMilestoneParams {
    @JsonProperty("reachedOn")
    private final LocalDate reachedOn;
    @JsonProperty("progress")
    private final Integer progress;
    @JsonProperty("note")
    private final String note;

    private ProjectMilestoneParams(Builder b) {
        this.reachedOn = Objects.requireNonNull(b.reachedOn, "reachedOn is required");
        this.progress = Objects.requireNonNull(b.progress, "progress is required");
        this.note = Objects.requireNonNull(b.note, "note is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    public LocalDate reachedOn() {
        return reachedOn;
    }

    /** Never less than before; 100 finishes a project that is not long-term. */
    public Integer progress() {
        return progress;
    }

    public String note() {
        return note;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.reachedOn = reachedOn;
        b.progress = progress;
        b.note = note;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ProjectMilestoneParams)) {
            return false;
        }
        ProjectMilestoneParams other = (ProjectMilestoneParams) o;
        return Objects.equals(reachedOn, other.reachedOn)
                && Objects.equals(progress, other.progress)
                && Objects.equals(note, other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reachedOn, progress, note);
    }

    /** Builder of {@link ProjectMilestoneParams}. */
    public static final class Builder {
        private LocalDate reachedOn;
        private Integer progress;
        private String note;

        private Builder() {
        }

        public Builder reachedOn(LocalDate reachedOn) {
            this.reachedOn = reachedOn;
            return this;
        }

        /** Never less than before; 100 finishes a project that is not long-term. */
        public Builder progress(Integer progress) {
            this.progress = progress;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public ProjectMilestoneParams build() {
            return new ProjectMilestoneParams(this);
        }
    }
}
