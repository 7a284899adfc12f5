package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Party organisation in the tenant's tree.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PartyOrganization {
    @JsonProperty("id")
    private String id;
    @JsonProperty("parentId")
    private String parentId;
    @JsonProperty("type")
    private OrganizationType type;
    @JsonProperty("name")
    private String name;
    @JsonProperty("hostKind")
    private HostKind hostKind;
    @JsonProperty("purpose")
    private String purpose;
    @JsonProperty("endsOn")
    private LocalDate endsOn;
    @JsonProperty("establishedOn")
    private LocalDate establishedOn;
    @JsonProperty("dissolvedOn")
    private LocalDate dissolvedOn;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PartyOrganization() {
    }

    public String id() {
        return id;
    }

    public Optional<String> parentId() {
        return Optional.ofNullable(parentId);
    }

    public OrganizationType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public HostKind hostKind() {
        return hostKind;
    }

    public Optional<String> purpose() {
        return Optional.ofNullable(purpose);
    }

    public Optional<LocalDate> endsOn() {
        return Optional.ofNullable(endsOn);
    }

    public LocalDate establishedOn() {
        return establishedOn;
    }

    public Optional<LocalDate> dissolvedOn() {
        return Optional.ofNullable(dissolvedOn);
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
        return new Builder(new PartyOrganization());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PartyOrganization copy(PartyOrganization from) {
        PartyOrganization c = new PartyOrganization();
        c.id = from.id;
        c.parentId = from.parentId;
        c.type = from.type;
        c.name = from.name;
        c.hostKind = from.hostKind;
        c.purpose = from.purpose;
        c.endsOn = from.endsOn;
        c.establishedOn = from.establishedOn;
        c.dissolvedOn = from.dissolvedOn;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PartyOrganization)) {
            return false;
        }
        PartyOrganization other = (PartyOrganization) o;
        return Objects.equals(id, other.id)
                && Objects.equals(parentId, other.parentId)
                && Objects.equals(type, other.type)
                && Objects.equals(name, other.name)
                && Objects.equals(hostKind, other.hostKind)
                && Objects.equals(purpose, other.purpose)
                && Objects.equals(endsOn, other.endsOn)
                && Objects.equals(establishedOn, other.establishedOn)
                && Objects.equals(dissolvedOn, other.dissolvedOn)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, parentId, type);
    }

    @Override
    public String toString() {
        return "PartyOrganization{" + "id=" + id + ", " + "parentId=" + parentId + ", " + "type=" + type + ", " + "name=" + name + "}";
    }

    /** Builds a {@link PartyOrganization}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PartyOrganization building;

        private Builder(PartyOrganization building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder parentId(String parentId) {
            building.parentId = parentId;
            return this;
        }

        public Builder type(OrganizationType type) {
            building.type = type;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder hostKind(HostKind hostKind) {
            building.hostKind = hostKind;
            return this;
        }

        public Builder purpose(String purpose) {
            building.purpose = purpose;
            return this;
        }

        public Builder endsOn(LocalDate endsOn) {
            building.endsOn = endsOn;
            return this;
        }

        public Builder establishedOn(LocalDate establishedOn) {
            building.establishedOn = establishedOn;
            return this;
        }

        public Builder dissolvedOn(LocalDate dissolvedOn) {
            building.dissolvedOn = dissolvedOn;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public PartyOrganization build() {
            return copy(building);
        }
    }
}
