package org.jiceng.sdk.volunteers;

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
 * 志愿服务队: a team serving one area in a grid, with its members. {@link #version()} moves when a member joins.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class VolunteerTeam {
    @JsonProperty("id")
    private String id;
    @JsonProperty("name")
    private String name;
    @JsonProperty("serviceArea")
    private ServiceArea serviceArea;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("leaderId")
    private String leaderId;
    @JsonProperty("memberIds")
    private List<String> memberIds;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private VolunteerTeam() {
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public String gridId() {
        return gridId;
    }

    public Optional<String> leaderId() {
        return Optional.ofNullable(leaderId);
    }

    public List<String> memberIds() {
        return memberIds;
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
        return new Builder(new VolunteerTeam());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static VolunteerTeam copy(VolunteerTeam from) {
        VolunteerTeam c = new VolunteerTeam();
        c.id = from.id;
        c.name = from.name;
        c.serviceArea = from.serviceArea;
        c.gridId = from.gridId;
        c.leaderId = from.leaderId;
        c.memberIds = from.memberIds;
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
        if (!(o instanceof VolunteerTeam)) {
            return false;
        }
        VolunteerTeam other = (VolunteerTeam) o;
        return Objects.equals(id, other.id)
                && Objects.equals(name, other.name)
                && Objects.equals(serviceArea, other.serviceArea)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(leaderId, other.leaderId)
                && Objects.equals(memberIds, other.memberIds)
                && version == other.version
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, serviceArea);
    }

    @Override
    public String toString() {
        return "VolunteerTeam{" + "id=" + id + ", " + "name=" + name + ", " + "serviceArea=" + serviceArea + ", " + "gridId=" + gridId + "}";
    }

    /** Builds a {@link VolunteerTeam}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final VolunteerTeam building;

        private Builder(VolunteerTeam building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder serviceArea(ServiceArea serviceArea) {
            building.serviceArea = serviceArea;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder leaderId(String leaderId) {
            building.leaderId = leaderId;
            return this;
        }

        public Builder memberIds(List<String> memberIds) {
            building.memberIds = memberIds == null ? null : List.copyOf(memberIds);
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

        public VolunteerTeam build() {
            return copy(building);
        }
    }
}
