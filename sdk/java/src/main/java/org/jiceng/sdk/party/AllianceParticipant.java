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
 * One body in an alliance: a Party organisation, a community body or a department.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class AllianceParticipant {
    @JsonProperty("id")
    private String id;
    @JsonProperty("partyOrganizationId")
    private String partyOrganizationId;
    @JsonProperty("bodyId")
    private String bodyId;
    @JsonProperty("departmentId")
    private String departmentId;
    @JsonProperty("lead")
    private boolean lead;
    @JsonProperty("joinedOn")
    private LocalDate joinedOn;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private AllianceParticipant() {
    }

    public String id() {
        return id;
    }

    public Optional<String> partyOrganizationId() {
        return Optional.ofNullable(partyOrganizationId);
    }

    public Optional<String> bodyId() {
        return Optional.ofNullable(bodyId);
    }

    public Optional<String> departmentId() {
        return Optional.ofNullable(departmentId);
    }

    public boolean lead() {
        return lead;
    }

    public LocalDate joinedOn() {
        return joinedOn;
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
        return new Builder(new AllianceParticipant());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static AllianceParticipant copy(AllianceParticipant from) {
        AllianceParticipant c = new AllianceParticipant();
        c.id = from.id;
        c.partyOrganizationId = from.partyOrganizationId;
        c.bodyId = from.bodyId;
        c.departmentId = from.departmentId;
        c.lead = from.lead;
        c.joinedOn = from.joinedOn;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AllianceParticipant)) {
            return false;
        }
        AllianceParticipant other = (AllianceParticipant) o;
        return Objects.equals(id, other.id)
                && Objects.equals(partyOrganizationId, other.partyOrganizationId)
                && Objects.equals(bodyId, other.bodyId)
                && Objects.equals(departmentId, other.departmentId)
                && lead == other.lead
                && Objects.equals(joinedOn, other.joinedOn)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, partyOrganizationId, bodyId);
    }

    @Override
    public String toString() {
        return "AllianceParticipant{" + "id=" + id + ", " + "partyOrganizationId=" + partyOrganizationId + ", " + "bodyId=" + bodyId + ", " + "departmentId=" + departmentId + "}";
    }

    /** Builds a {@link AllianceParticipant}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final AllianceParticipant building;

        private Builder(AllianceParticipant building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder partyOrganizationId(String partyOrganizationId) {
            building.partyOrganizationId = partyOrganizationId;
            return this;
        }

        public Builder bodyId(String bodyId) {
            building.bodyId = bodyId;
            return this;
        }

        public Builder departmentId(String departmentId) {
            building.departmentId = departmentId;
            return this;
        }

        public Builder lead(boolean lead) {
            building.lead = lead;
            return this;
        }

        public Builder joinedOn(LocalDate joinedOn) {
            building.joinedOn = joinedOn;
            return this;
        }

        public AllianceParticipant build() {
            return copy(building);
        }
    }
}
