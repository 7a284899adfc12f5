package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 项目清单: a project taken up from needs.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Project {
    @JsonProperty("id")
    private String id;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("title")
    private String title;
    @JsonProperty("description")
    private String description;
    @JsonProperty("needIds")
    private List<String> needIds;
    @JsonProperty("decisionTopicId")
    private String decisionTopicId;
    @JsonProperty("resourceIds")
    private List<String> resourceIds;
    @JsonProperty("budgetFen")
    private long budgetFen;
    @JsonProperty("funding")
    private List<Funding> funding;
    @JsonProperty("ownerKind")
    private String ownerKind;
    @JsonProperty("ownerId")
    private String ownerId;
    @JsonProperty("longTerm")
    private boolean longTerm;
    @JsonProperty("state")
    private ProjectState state;
    @JsonProperty("progress")
    private int progress;
    @JsonProperty("startedOn")
    private LocalDate startedOn;
    @JsonProperty("doneOn")
    private LocalDate doneOn;
    @JsonProperty("cancelReason")
    private String cancelReason;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Project() {
    }

    public String id() {
        return id;
    }

    public String gridId() {
        return gridId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<String> needIds() {
        return needIds == null ? List.of() : Collections.unmodifiableList(needIds);
    }

    public Optional<String> decisionTopicId() {
        return Optional.ofNullable(decisionTopicId);
    }

    public List<String> resourceIds() {
        return resourceIds == null ? List.of() : Collections.unmodifiableList(resourceIds);
    }

    public long budgetFen() {
        return budgetFen;
    }

    public List<Funding> funding() {
        return funding == null ? List.of() : Collections.unmodifiableList(funding);
    }

    public String ownerKind() {
        return ownerKind;
    }

    public String ownerId() {
        return ownerId;
    }

    public boolean longTerm() {
        return longTerm;
    }

    public ProjectState state() {
        return state;
    }

    public int progress() {
        return progress;
    }

    public Optional<LocalDate> startedOn() {
        return Optional.ofNullable(startedOn);
    }

    public Optional<LocalDate> doneOn() {
        return Optional.ofNullable(doneOn);
    }

    public Optional<String> cancelReason() {
        return Optional.ofNullable(cancelReason);
    }

    public long version() {
        return version;
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
        return new Builder(new Project());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Project copy(Project from) {
        Project c = new Project();
        c.id = from.id;
        c.gridId = from.gridId;
        c.title = from.title;
        c.description = from.description;
        c.needIds = from.needIds;
        c.decisionTopicId = from.decisionTopicId;
        c.resourceIds = from.resourceIds;
        c.budgetFen = from.budgetFen;
        c.funding = from.funding;
        c.ownerKind = from.ownerKind;
        c.ownerId = from.ownerId;
        c.longTerm = from.longTerm;
        c.state = from.state;
        c.progress = from.progress;
        c.startedOn = from.startedOn;
        c.doneOn = from.doneOn;
        c.cancelReason = from.cancelReason;
        c.version = from.version;
        c.createdAt = from.createdAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Project)) {
            return false;
        }
        Project other = (Project) o;
        return Objects.equals(id, other.id)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(title, other.title)
                && Objects.equals(description, other.description)
                && Objects.equals(needIds, other.needIds)
                && Objects.equals(decisionTopicId, other.decisionTopicId)
                && Objects.equals(resourceIds, other.resourceIds)
                && budgetFen == other.budgetFen
                && Objects.equals(funding, other.funding)
                && Objects.equals(ownerKind, other.ownerKind)
                && Objects.equals(ownerId, other.ownerId)
                && longTerm == other.longTerm
                && Objects.equals(state, other.state)
                && progress == other.progress
                && Objects.equals(startedOn, other.startedOn)
                && Objects.equals(doneOn, other.doneOn)
                && Objects.equals(cancelReason, other.cancelReason)
                && version == other.version
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, gridId, title);
    }

    @Override
    public String toString() {
        return "Project{" + "id=" + id + ", " + "gridId=" + gridId + ", " + "title=" + title + "}";
    }

    /** Builds a {@link Project}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Project building;

        private Builder(Project building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder title(String title) {
            building.title = title;
            return this;
        }

        public Builder description(String description) {
            building.description = description;
            return this;
        }

        public Builder needIds(List<String> needIds) {
            building.needIds = needIds;
            return this;
        }

        public Builder decisionTopicId(String decisionTopicId) {
            building.decisionTopicId = decisionTopicId;
            return this;
        }

        public Builder resourceIds(List<String> resourceIds) {
            building.resourceIds = resourceIds;
            return this;
        }

        public Builder budgetFen(long budgetFen) {
            building.budgetFen = budgetFen;
            return this;
        }

        public Builder funding(List<Funding> funding) {
            building.funding = funding;
            return this;
        }

        public Builder ownerKind(String ownerKind) {
            building.ownerKind = ownerKind;
            return this;
        }

        public Builder ownerId(String ownerId) {
            building.ownerId = ownerId;
            return this;
        }

        public Builder longTerm(boolean longTerm) {
            building.longTerm = longTerm;
            return this;
        }

        public Builder state(ProjectState state) {
            building.state = state;
            return this;
        }

        public Builder progress(int progress) {
            building.progress = progress;
            return this;
        }

        public Builder startedOn(LocalDate startedOn) {
            building.startedOn = startedOn;
            return this;
        }

        public Builder doneOn(LocalDate doneOn) {
            building.doneOn = doneOn;
            return this;
        }

        public Builder cancelReason(String cancelReason) {
            building.cancelReason = cancelReason;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public Project build() {
            return copy(building);
        }
    }
}
