package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * The case {@link TaskService#openCase} files.
 * Required: {@code categoryCode}.
 */
public final class TaskCaseParams {
    @JsonProperty("categoryCode")
    private final String categoryCode;
    @JsonProperty("description")
    private final String description;

    private TaskCaseParams(Builder b) {
        this.categoryCode = Objects.requireNonNull(b.categoryCode, "categoryCode is required");
        this.description = b.description;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String categoryCode() {
        return categoryCode;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.categoryCode = categoryCode;
        b.description = description;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TaskCaseParams)) {
            return false;
        }
        TaskCaseParams other = (TaskCaseParams) o;
        return Objects.equals(categoryCode, other.categoryCode)
                && Objects.equals(description, other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(categoryCode, description);
    }

    /** Builder of {@link TaskCaseParams}. */
    public static final class Builder {
        private String categoryCode;
        private String description;

        private Builder() {
        }

        public Builder categoryCode(String categoryCode) {
            this.categoryCode = categoryCode;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public TaskCaseParams build() {
            return new TaskCaseParams(this);
        }
    }
}
