package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Party statistics of a grid subtree: organisations by type, members by kind, coverage, owners' committees and
 * households. Immutable.
 */
public final class PartyStats {
    @JsonProperty("organizationsByType") private Map<String, Long> organizationsByType = Map.of();
    @JsonProperty("membersByKind") private Map<String, Long> membersByKind = Map.of();
    @JsonProperty("compounds") private long compounds;
    @JsonProperty("compoundsCovered") private long compoundsCovered;
    @JsonProperty("compoundCoverage") private Double compoundCoverage;
    @JsonProperty("grids") private long grids;
    @JsonProperty("gridsCovered") private long gridsCovered;
    @JsonProperty("gridCoverage") private Double gridCoverage;
    @JsonProperty("ownersCommittees") private List<OwnersCommitteeShare> ownersCommittees = List.of();
    @JsonProperty("households") private long households;
    @JsonProperty("householdsCovered") private long householdsCovered;
    @JsonProperty("householdCoverage") private Double householdCoverage;

    private PartyStats() {
    }

    public Map<String, Long> organizationsByType() { return organizationsByType; }
    public Map<String, Long> membersByKind() { return membersByKind; }
    public long compounds() { return compounds; }
    public long compoundsCovered() { return compoundsCovered; }
    /** Compounds with a Party organisation ÷ all compounds; empty without compounds. */
    public Optional<Double> compoundCoverage() { return Optional.ofNullable(compoundCoverage); }
    public long grids() { return grids; }
    public long gridsCovered() { return gridsCovered; }
    public Optional<Double> gridCoverage() { return Optional.ofNullable(gridCoverage); }
    public List<OwnersCommitteeShare> ownersCommittees() { return ownersCommittees; }
    public long households() { return households; }
    public long householdsCovered() { return householdsCovered; }
    /** Households a Party member covers ÷ all households. */
    public Optional<Double> householdCoverage() { return Optional.ofNullable(householdCoverage); }
}
