package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How many households a member covers. Immutable. */
public final class HouseholdCount {
    @JsonProperty("memberId") private String memberId;
    @JsonProperty("households") private long households;

    private HouseholdCount() {
    }

    public String memberId() { return memberId; }
    public long households() { return households; }
}
