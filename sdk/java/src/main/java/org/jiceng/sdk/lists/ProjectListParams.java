package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Filters of {@link ProjectService#list}.
 * Required: {@code gridId}.
 */
public final class ProjectListParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("state")
    private final ProjectState state;
    @JsonProperty("limit")
    private final Integer limit;

    private ProjectListParams(Builder b) {
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.state = b.state;
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String gridId() {
        return gridId;
    }

    public Optional<ProjectState> state() {
        return Optional.ofNullable(state);
    }

    /** Page size, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridId = gridId;
        b.state = state;
        b.limit = limit;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ProjectListParams)) {
            return false;
        }
        ProjectListParams other = (ProjectListParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(state, other.state)
                && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, state, limit);
    }

    /** Builder of {@link ProjectListParams}. */
    public static final class Builder {
        private String gridId;
        private ProjectState state;
        private Integer limit;

        private Builder() {
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder state(ProjectState state) {
            this.state = state;
            return this;
        }

        /** Page size, 1-500 (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public ProjectListParams build() {
            return new ProjectListParams(this);
        }
    }
}
