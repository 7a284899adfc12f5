package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 办: a task a decision creates.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Task {
    @JsonProperty("id")
    private String id;
    @JsonProperty("topicId")
    private String topicId;
    @JsonProperty("title")
    private String title;
    @JsonProperty("ownerKind")
    private UnitKind ownerKind;
    @JsonProperty("ownerId")
    private String ownerId;
    @JsonProperty("dueOn")
    private LocalDate dueOn;
    @JsonProperty("progress")
    private int progress;
    @JsonProperty("doneOn")
    private LocalDate doneOn;
    @JsonProperty("overdue")
    private boolean overdue;
    @JsonProperty("caseId")
    private String caseId;
    @JsonProperty("links")
    private List<TaskLink> links;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Task() {
    }

    public String id() {
        return id;
    }

    public String topicId() {
        return topicId;
    }

    public String title() {
        return title;
    }

    public UnitKind ownerKind() {
        return ownerKind;
    }

    public String ownerId() {
        return ownerId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    /** 0 to 100. */
    public int progress() {
        return progress;
    }

    public Optional<LocalDate> doneOn() {
        return Optional.ofNullable(doneOn);
    }

    public boolean overdue() {
        return overdue;
    }

    public Optional<String> caseId() {
        return Optional.ofNullable(caseId);
    }

    public List<TaskLink> links() {
        return links == null ? List.of() : Collections.unmodifiableList(links);
    }

    public long version() {
        return version;
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
        return new Builder(new Task());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Task copy(Task from) {
        Task c = new Task();
        c.id = from.id;
        c.topicId = from.topicId;
        c.title = from.title;
        c.ownerKind = from.ownerKind;
        c.ownerId = from.ownerId;
        c.dueOn = from.dueOn;
        c.progress = from.progress;
        c.doneOn = from.doneOn;
        c.overdue = from.overdue;
        c.caseId = from.caseId;
        c.links = from.links;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Task)) {
            return false;
        }
        Task other = (Task) o;
        return Objects.equals(id, other.id)
                && Objects.equals(topicId, other.topicId)
                && Objects.equals(title, other.title)
                && Objects.equals(ownerKind, other.ownerKind)
                && Objects.equals(ownerId, other.ownerId)
                && Objects.equals(dueOn, other.dueOn)
                && progress == other.progress
                && Objects.equals(doneOn, other.doneOn)
                && overdue == other.overdue
                && Objects.equals(caseId, other.caseId)
                && Objects.equals(links, other.links)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, topicId, title);
    }

    @Override
    public String toString() {
        return "Task{" + "id=" + id + ", " + "topicId=" + topicId + ", " + "title=" + title + "}";
    }

    /** Builds a {@link Task}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Task building;

        private Builder(Task building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder topicId(String topicId) {
            building.topicId = topicId;
            return this;
        }

        public Builder title(String title) {
            building.title = title;
            return this;
        }

        public Builder ownerKind(UnitKind ownerKind) {
            building.ownerKind = ownerKind;
            return this;
        }

        public Builder ownerId(String ownerId) {
            building.ownerId = ownerId;
            return this;
        }

        public Builder dueOn(LocalDate dueOn) {
            building.dueOn = dueOn;
            return this;
        }

        public Builder progress(int progress) {
            building.progress = progress;
            return this;
        }

        public Builder doneOn(LocalDate doneOn) {
            building.doneOn = doneOn;
            return this;
        }

        public Builder overdue(boolean overdue) {
            building.overdue = overdue;
            return this;
        }

        public Builder caseId(String caseId) {
            building.caseId = caseId;
            return this;
        }

        public Builder links(List<TaskLink> links) {
            building.links = links;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Task build() {
            return copy(building);
        }
    }
}
