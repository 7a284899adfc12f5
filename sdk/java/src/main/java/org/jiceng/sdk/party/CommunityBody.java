package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An owners' committee, property company, supervisory or residents' committee or "two new" organisation serving a grid node.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class CommunityBody {
    @JsonProperty("id")
    private String id;
    @JsonProperty("kind")
    private BodyKind kind;
    @JsonProperty("name")
    private String name;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("establishedOn")
    private LocalDate establishedOn;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private CommunityBody() {
    }

    public String id() {
        return id;
    }

    public BodyKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String gridId() {
        return gridId;
    }

    public LocalDate establishedOn() {
        return establishedOn;
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
        return new Builder(new CommunityBody());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static CommunityBody copy(CommunityBody from) {
        CommunityBody c = new CommunityBody();
        c.id = from.id;
        c.kind = from.kind;
        c.name = from.name;
        c.gridId = from.gridId;
        c.establishedOn = from.establishedOn;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CommunityBody)) {
            return false;
        }
        CommunityBody other = (CommunityBody) o;
        return Objects.equals(id, other.id)
                && Objects.equals(kind, other.kind)
                && Objects.equals(name, other.name)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(establishedOn, other.establishedOn)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, name);
    }

    @Override
    public String toString() {
        return "CommunityBody{" + "id=" + id + ", " + "kind=" + kind + ", " + "name=" + name + ", " + "gridId=" + gridId + "}";
    }

    /** Builds a {@link CommunityBody}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final CommunityBody building;

        private Builder(CommunityBody building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder kind(BodyKind kind) {
            building.kind = kind;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder establishedOn(LocalDate establishedOn) {
            building.establishedOn = establishedOn;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public CommunityBody build() {
            return copy(building);
        }
    }
}
