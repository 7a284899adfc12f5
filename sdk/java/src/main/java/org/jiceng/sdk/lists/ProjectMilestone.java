package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A dated step of a project.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class ProjectMilestone {
    @JsonProperty("id")
    private String id;
    @JsonProperty("projectId")
    private String projectId;
    @JsonProperty("reachedOn")
    private LocalDate reachedOn;
    @JsonProperty("progress")
    private int progress;
    @JsonProperty("note")
    private String note;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private ProjectMilestone() {
    }

    public String id() {
        return id;
    }

    public String projectId() {
        return projectId;
    }

    public LocalDate reachedOn() {
        return reachedOn;
    }

    public int progress() {
        return progress;
    }

    public String note() {
        return note;
    }

    /** JSON fields this SDK version does not model. */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    private void putAdditionalProperty(String key, Object value) {
        additionalProperties.put(key, value);
    }

    public static Builder builder() {
        return new Builder(new ProjectMilestone());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static ProjectMilestone copy(ProjectMilestone from) {
        ProjectMilestone c = new ProjectMilestone();
        c.id = from.id;
        c.projectId = from.projectId;
        c.reachedOn = from.reachedOn;
        c.progress = from.progress;
        c.note = from.note;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ProjectMilestone)) {
            return false;
        }
        ProjectMilestone other = (ProjectMilestone) o;
        return Objects.equals(id, other.id)
                && Objects.equals(projectId, other.projectId)
                && Objects.equals(reachedOn, other.reachedOn)
                && progress == other.progress
                && Objects.equals(note, other.note)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, projectId, reachedOn);
    }

    @Override
    public String toString() {
        return "ProjectMilestone{" + "id=" + id + ", " + "projectId=" + projectId + ", " + "reachedOn=" + reachedOn + "}";
    }

    /** Builds a {@link ProjectMilestone}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final ProjectMilestone building;

        private Builder(ProjectMilestone building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder projectId(String projectId) {
            building.projectId = projectId;
            return this;
        }

        public Builder reachedOn(LocalDate reachedOn) {
            building.reachedOn = reachedOn;
            return this;
        }

        public Builder progress(int progress) {
            building.progress = progress;
            return this;
        }

        public Builder note(String note) {
            building.note = note;
            return this;
        }

        public ProjectMilestone build() {
            return copy(building);
        }
    }
}
