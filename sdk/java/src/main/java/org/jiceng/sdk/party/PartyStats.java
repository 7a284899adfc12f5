package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Party statistics of a grid subtree: organisations by type, members by kind, coverage, owners' committees and households.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PartyStats {
    @JsonProperty("organizationsByType")
    private Map<String,Long> organizationsByType;
    @JsonProperty("membersByKind")
    private Map<String,Long> membersByKind;
    @JsonProperty("compounds")
    private long compounds;
    @JsonProperty("compoundsCovered")
    private long compoundsCovered;
    @JsonProperty("compoundCoverage")
    private Double compoundCoverage;
    @JsonProperty("grids")
    private long grids;
    @JsonProperty("gridsCovered")
    private long gridsCovered;
    @JsonProperty("gridCoverage")
    private Double gridCoverage;
    @JsonProperty("ownersCommittees")
    private List<OwnersCommitteeShare> ownersCommittees;
    @JsonProperty("households")
    private long households;
    @JsonProperty("householdsCovered")
    private long householdsCovered;
    @JsonProperty("householdCoverage")
    private Double householdCoverage;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PartyStats() {
    }

    public Map<String,Long> organizationsByType() {
        return organizationsByType;
    }

    public Map<String,Long> membersByKind() {
        return membersByKind;
    }

    public long compounds() {
        return compounds;
    }

    public long compoundsCovered() {
        return compoundsCovered;
    }

    public Optional<Double> compoundCoverage() {
        return Optional.ofNullable(compoundCoverage);
    }

    public long grids() {
        return grids;
    }

    public long gridsCovered() {
        return gridsCovered;
    }

    public Optional<Double> gridCoverage() {
        return Optional.ofNullable(gridCoverage);
    }

    public List<OwnersCommitteeShare> ownersCommittees() {
        return ownersCommittees;
    }

    public long households() {
        return households;
    }

    public long householdsCovered() {
        return householdsCovered;
    }

    public Optional<Double> householdCoverage() {
        return Optional.ofNullable(householdCoverage);
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
        return new Builder(new PartyStats());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PartyStats copy(PartyStats from) {
        PartyStats c = new PartyStats();
        c.organizationsByType = from.organizationsByType;
        c.membersByKind = from.membersByKind;
        c.compounds = from.compounds;
        c.compoundsCovered = from.compoundsCovered;
        c.compoundCoverage = from.compoundCoverage;
        c.grids = from.grids;
        c.gridsCovered = from.gridsCovered;
        c.gridCoverage = from.gridCoverage;
        c.ownersCommittees = from.ownersCommittees;
        c.households = from.households;
        c.householdsCovered = from.householdsCovered;
        c.householdCoverage = from.householdCoverage;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PartyStats)) {
            return false;
        }
        PartyStats other = (PartyStats) o;
        return Objects.equals(organizationsByType, other.organizationsByType)
                && Objects.equals(membersByKind, other.membersByKind)
                && compounds == other.compounds
                && compoundsCovered == other.compoundsCovered
                && Objects.equals(compoundCoverage, other.compoundCoverage)
                && grids == other.grids
                && gridsCovered == other.gridsCovered
                && Objects.equals(gridCoverage, other.gridCoverage)
                && Objects.equals(ownersCommittees, other.ownersCommittees)
                && households == other.households
                && householdsCovered == other.householdsCovered
                && Objects.equals(householdCoverage, other.householdCoverage)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organizationsByType, membersByKind, compounds);
    }

    @Override
    public String toString() {
        return "PartyStats{" + "organizationsByType=" + organizationsByType + ", " + "membersByKind=" + membersByKind + ", " + "compounds=" + compounds + ", " + "compoundsCovered=" + compoundsCovered + "}";
    }

    /** Builds a {@link PartyStats}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PartyStats building;

        private Builder(PartyStats building) {
            this.building = building;
        }

        public Builder organizationsByType(Map<String,Long> organizationsByType) {
            building.organizationsByType = organizationsByType;
            return this;
        }

        public Builder membersByKind(Map<String,Long> membersByKind) {
            building.membersByKind = membersByKind;
            return this;
        }

        public Builder compounds(long compounds) {
            building.compounds = compounds;
            return this;
        }

        public Builder compoundsCovered(long compoundsCovered) {
            building.compoundsCovered = compoundsCovered;
            return this;
        }

        public Builder compoundCoverage(Double compoundCoverage) {
            building.compoundCoverage = compoundCoverage;
            return this;
        }

        public Builder grids(long grids) {
            building.grids = grids;
            return this;
        }

        public Builder gridsCovered(long gridsCovered) {
            building.gridsCovered = gridsCovered;
            return this;
        }

        public Builder gridCoverage(Double gridCoverage) {
            building.gridCoverage = gridCoverage;
            return this;
        }

        public Builder ownersCommittees(List<OwnersCommitteeShare> ownersCommittees) {
            building.ownersCommittees = ownersCommittees == null ? null : List.copyOf(ownersCommittees);
            return this;
        }

        public Builder households(long households) {
            building.households = households;
            return this;
        }

        public Builder householdsCovered(long householdsCovered) {
            building.householdsCovered = householdsCovered;
            return this;
        }

        public Builder householdCoverage(Double householdCoverage) {
            building.householdCoverage = householdCoverage;
            return this;
        }

        public PartyStats build() {
            return copy(building);
        }
    }
}
