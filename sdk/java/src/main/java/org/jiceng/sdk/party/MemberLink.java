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
 * A member's link to one household, or to every household of a building, compound or grid (党员联户).
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class MemberLink {
    @JsonProperty("id")
    private String id;
    @JsonProperty("memberId")
    private String memberId;
    @JsonProperty("householdId")
    private String householdId;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("linkedOn")
    private LocalDate linkedOn;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private MemberLink() {
    }

    public String id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public Optional<String> householdId() {
        return Optional.ofNullable(householdId);
    }

    public Optional<String> gridId() {
        return Optional.ofNullable(gridId);
    }

    public LocalDate linkedOn() {
        return linkedOn;
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
        return new Builder(new MemberLink());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static MemberLink copy(MemberLink from) {
        MemberLink c = new MemberLink();
        c.id = from.id;
        c.memberId = from.memberId;
        c.householdId = from.householdId;
        c.gridId = from.gridId;
        c.linkedOn = from.linkedOn;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MemberLink)) {
            return false;
        }
        MemberLink other = (MemberLink) o;
        return Objects.equals(id, other.id)
                && Objects.equals(memberId, other.memberId)
                && Objects.equals(householdId, other.householdId)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(linkedOn, other.linkedOn)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberId, householdId);
    }

    @Override
    public String toString() {
        return "MemberLink{" + "id=" + id + ", " + "memberId=" + memberId + ", " + "householdId=" + householdId + ", " + "gridId=" + gridId + "}";
    }

    /** Builds a {@link MemberLink}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final MemberLink building;

        private Builder(MemberLink building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder memberId(String memberId) {
            building.memberId = memberId;
            return this;
        }

        public Builder householdId(String householdId) {
            building.householdId = householdId;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder linkedOn(LocalDate linkedOn) {
            building.linkedOn = linkedOn;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public MemberLink build() {
            return copy(building);
        }
    }
}
