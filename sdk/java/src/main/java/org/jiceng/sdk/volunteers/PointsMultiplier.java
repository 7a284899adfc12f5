package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One of the tenant's points multipliers (HOLIDAY 200 %, NIGHT 150 %). Immutable. */
public final class PointsMultiplier {
    @JsonProperty("code") private String code;
    @JsonProperty("name") private String name;
    @JsonProperty("percent") private int percent;

    private PointsMultiplier() {
    }

    public String code() { return code; }
    public String name() { return name; }
    /** 200 doubles the points. */
    public int percent() { return percent; }
}
