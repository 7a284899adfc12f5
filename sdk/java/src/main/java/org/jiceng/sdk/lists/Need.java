package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 需求清单: a need, how it was triaged, and what it became.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Need {
    @JsonProperty("id")
    private String id;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("title")
    private String title;
    @JsonProperty("description")
    private String description;
    @JsonProperty("category")
    private String category;
    @JsonProperty("source")
    private NeedSource source;
    @JsonProperty("households")
    private int households;
    @JsonProperty("route")
    private NeedRoute route;
    @JsonProperty("status")
    private NeedStatus status;
    @JsonProperty("progress")
    private String progress;
    @JsonProperty("declineReason")
    private String declineReason;
    @JsonProperty("resourceIds")
    private List<String> resourceIds;
    @JsonProperty("caseId")
    private String caseId;
    @JsonProperty("projectIds")
    private List<String> projectIds;
    @JsonProperty("mergedInto")
    private String mergedInto;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Need() {
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

    public String category() {
        return category;
    }

    public NeedSource source() {
        return source;
    }

    /** Households asking. */
    public int households() {
        return households;
    }

    public Optional<NeedRoute> route() {
        return Optional.ofNullable(route);
    }

    public NeedStatus status() {
        return status;
    }

    /** What it became: e.g. CASE_CLOSED, PROJECT_DONE, PROJECT_IN_PROGRESS. */
    public String progress() {
        return progress;
    }

    public Optional<String> declineReason() {
        return Optional.ofNullable(declineReason);
    }

    public List<String> resourceIds() {
        return resourceIds == null ? List.of() : Collections.unmodifiableList(resourceIds);
    }

    public Optional<String> caseId() {
        return Optional.ofNullable(caseId);
    }

    public List<String> projectIds() {
        return projectIds == null ? List.of() : Collections.unmodifiableList(projectIds);
    }

    public Optional<String> mergedInto() {
        return Optional.ofNullable(mergedInto);
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
        return new Builder(new Need());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Need copy(Need from) {
        Need c = new Need();
        c.id = from.id;
        c.gridId = from.gridId;
        c.title = from.title;
        c.description = from.description;
        c.category = from.category;
        c.source = from.source;
        c.households = from.households;
        c.route = from.route;
        c.status = from.status;
        c.progress = from.progress;
        c.declineReason = from.declineReason;
        c.resourceIds = from.resourceIds;
        c.caseId = from.caseId;
        c.projectIds = from.projectIds;
        c.mergedInto = from.mergedInto;
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
        if (!(o instanceof Need)) {
            return false;
        }
        Need other = (Need) o;
        return Objects.equals(id, other.id)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(title, other.title)
                && Objects.equals(description, other.description)
                && Objects.equals(category, other.category)
                && Objects.equals(source, other.source)
                && households == other.households
                && Objects.equals(route, other.route)
                && Objects.equals(status, other.status)
                && Objects.equals(progress, other.progress)
                && Objects.equals(declineReason, other.declineReason)
                && Objects.equals(resourceIds, other.resourceIds)
                && Objects.equals(caseId, other.caseId)
                && Objects.equals(projectIds, other.projectIds)
                && Objects.equals(mergedInto, other.mergedInto)
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
        return "Need{" + "id=" + id + ", " + "gridId=" + gridId + ", " + "title=" + title + "}";
    }

    /** Builds a {@link Need}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Need building;

        private Builder(Need building) {
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

        public Builder category(String category) {
            building.category = category;
            return this;
        }

        public Builder source(NeedSource source) {
            building.source = source;
            return this;
        }

        public Builder households(int households) {
            building.households = households;
            return this;
        }

        public Builder route(NeedRoute route) {
            building.route = route;
            return this;
        }

        public Builder status(NeedStatus status) {
            building.status = status;
            return this;
        }

        public Builder progress(String progress) {
            building.progress = progress;
            return this;
        }

        public Builder declineReason(String declineReason) {
            building.declineReason = declineReason;
            return this;
        }

        public Builder resourceIds(List<String> resourceIds) {
            building.resourceIds = resourceIds;
            return this;
        }

        public Builder caseId(String caseId) {
            building.caseId = caseId;
            return this;
        }

        public Builder projectIds(List<String> projectIds) {
            building.projectIds = projectIds;
            return this;
        }

        public Builder mergedInto(String mergedInto) {
            building.mergedInto = mergedInto;
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

        public Need build() {
            return copy(building);
        }
    }
}
