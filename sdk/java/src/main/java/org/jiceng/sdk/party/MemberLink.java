package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;

/** A member's link to one household, or to every household of a building, compound or grid (党员联户). Immutable. */
public final class MemberLink {
    @JsonProperty("id") private String id;
    @JsonProperty("memberId") private String memberId;
    @JsonProperty("householdId") private String householdId;
    @JsonProperty("gridId") private String gridId;
    @JsonProperty("linkedOn") private LocalDate linkedOn;

    private MemberLink() {
    }

    public String id() { return id; }
    public String memberId() { return memberId; }
    public Optional<String> householdId() { return Optional.ofNullable(householdId); }
    public Optional<String> gridId() { return Optional.ofNullable(gridId); }
    public LocalDate linkedOn() { return linkedOn; }
}
