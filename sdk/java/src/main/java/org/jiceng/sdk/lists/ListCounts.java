package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The three lists of a subtree counted.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class ListCounts {
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("resources")
    private List<ResourceCount> resources;
    @JsonProperty("resourcesByKind")
    private Map<String, Long> resourcesByKind;
    @JsonProperty("resourcesInside")
    private long resourcesInside;
    @JsonProperty("resourcesOutside")
    private long resourcesOutside;
    @JsonProperty("needsByRouteAndStatus")
    private Map<String, Long> needsByRouteAndStatus;
    @JsonProperty("projectsByState")
    private Map<String, Long> projectsByState;
    @JsonProperty("projectsByMonth")
    private Map<String, Long> projectsByMonth;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private ListCounts() {
    }

    public String gridId() {
        return gridId;
    }

    public List<ResourceCount> resources() {
        return resources == null ? List.of() : Collections.unmodifiableList(resources);
    }

    public Map<String, Long> resourcesByKind() {
        return resourcesByKind == null ? Map.of() : Collections.unmodifiableMap(resourcesByKind);
    }

    public long resourcesInside() {
        return resourcesInside;
    }

    public long resourcesOutside() {
        return resourcesOutside;
    }

    public Map<String, Long> needsByRouteAndStatus() {
        return needsByRouteAndStatus == null ? Map.of() : Collections.unmodifiableMap(needsByRouteAndStatus);
    }

    public Map<String, Long> projectsByState() {
        return projectsByState == null ? Map.of() : Collections.unmodifiableMap(projectsByState);
    }

    /** Planned and done per month: yyyy-mm|PLANNED, yyyy-mm|DONE. */
    public Map<String, Long> projectsByMonth() {
        return projectsByMonth == null ? Map.of() : Collections.unmodifiableMap(projectsByMonth);
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
        return new Builder(new ListCounts());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static ListCounts copy(ListCounts from) {
        ListCounts c = new ListCounts();
        c.gridId = from.gridId;
        c.resources = from.resources;
        c.resourcesByKind = from.resourcesByKind;
        c.resourcesInside = from.resourcesInside;
        c.resourcesOutside = from.resourcesOutside;
        c.needsByRouteAndStatus = from.needsByRouteAndStatus;
        c.projectsByState = from.projectsByState;
        c.projectsByMonth = from.projectsByMonth;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListCounts)) {
            return false;
        }
        ListCounts other = (ListCounts) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(resources, other.resources)
                && Objects.equals(resourcesByKind, other.resourcesByKind)
                && resourcesInside == other.resourcesInside
                && resourcesOutside == other.resourcesOutside
                && Objects.equals(needsByRouteAndStatus, other.needsByRouteAndStatus)
                && Objects.equals(projectsByState, other.projectsByState)
                && Objects.equals(projectsByMonth, other.projectsByMonth)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, resources, resourcesByKind);
    }

    @Override
    public String toString() {
        return "ListCounts{" + "gridId=" + gridId + ", " + "resources=" + resources + ", " + "resourcesByKind=" + resourcesByKind + "}";
    }

    /** Builds a {@link ListCounts}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final ListCounts building;

        private Builder(ListCounts building) {
            this.building = building;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder resources(List<ResourceCount> resources) {
            building.resources = resources;
            return this;
        }

        public Builder resourcesByKind(Map<String, Long> resourcesByKind) {
            building.resourcesByKind = resourcesByKind;
            return this;
        }

        public Builder resourcesInside(long resourcesInside) {
            building.resourcesInside = resourcesInside;
            return this;
        }

        public Builder resourcesOutside(long resourcesOutside) {
            building.resourcesOutside = resourcesOutside;
            return this;
        }

        public Builder needsByRouteAndStatus(Map<String, Long> needsByRouteAndStatus) {
            building.needsByRouteAndStatus = needsByRouteAndStatus;
            return this;
        }

        public Builder projectsByState(Map<String, Long> projectsByState) {
            building.projectsByState = projectsByState;
            return this;
        }

        public Builder projectsByMonth(Map<String, Long> projectsByMonth) {
            building.projectsByMonth = projectsByMonth;
            return this;
        }

        public ListCounts build() {
            return copy(building);
        }
    }
}
