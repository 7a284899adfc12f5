package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A subject's role on a grid node (and its subtree) or for a department.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Assignment {
    @JsonProperty("id")
    private String id;
    @JsonProperty("subject")
    private String subject;
    @JsonProperty("role")
    private String role;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("departmentId")
    private String departmentId;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Assignment() {
    }

    public String id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String role() {
        return role;
    }

    public Optional<String> gridId() {
        return Optional.ofNullable(gridId);
    }

    public Optional<String> departmentId() {
        return Optional.ofNullable(departmentId);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
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
        return new Builder(new Assignment());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Assignment copy(Assignment from) {
        Assignment c = new Assignment();
        c.id = from.id;
        c.subject = from.subject;
        c.role = from.role;
        c.gridId = from.gridId;
        c.departmentId = from.departmentId;
        c.createdAt = from.createdAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Assignment)) {
            return false;
        }
        Assignment other = (Assignment) o;
        return Objects.equals(id, other.id)
                && Objects.equals(subject, other.subject)
                && Objects.equals(role, other.role)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(departmentId, other.departmentId)
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, subject, role);
    }

    @Override
    public String toString() {
        return "Assignment{" + "id=" + id + ", " + "subject=" + subject + ", " + "role=" + role + ", " + "gridId=" + gridId + "}";
    }

    /** Builds a {@link Assignment}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Assignment building;

        private Builder(Assignment building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder subject(String subject) {
            building.subject = subject;
            return this;
        }

        public Builder role(String role) {
            building.role = role;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder departmentId(String departmentId) {
            building.departmentId = departmentId;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public Assignment build() {
            return copy(building);
        }
    }
}
