package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A task's link to a project of the three lists or a fund ledger line.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class TaskLink {
    @JsonProperty("kind")
    private String kind;
    @JsonProperty("id")
    private String id;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private TaskLink() {
    }

    /** PROJECT or FUND_LINE. */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
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
        return new Builder(new TaskLink());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static TaskLink copy(TaskLink from) {
        TaskLink c = new TaskLink();
        c.kind = from.kind;
        c.id = from.id;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TaskLink)) {
            return false;
        }
        TaskLink other = (TaskLink) o;
        return Objects.equals(kind, other.kind)
                && Objects.equals(id, other.id)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id);
    }

    @Override
    public String toString() {
        return "TaskLink{" + "kind=" + kind + ", " + "id=" + id + "}";
    }

    /** Builds a {@link TaskLink}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final TaskLink building;

        private Builder(TaskLink building) {
            this.building = building;
        }

        public Builder kind(String kind) {
            building.kind = kind;
            return this;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public TaskLink build() {
            return copy(building);
        }
    }
}
