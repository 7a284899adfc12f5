package org.jiceng.sdk.grids;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Population and household counts summed over a node and its whole subtree; read-only, computed by the platform. */
public final class GridRollup {
    @JsonProperty("population")
    private long population;
    @JsonProperty("households")
    private long households;

    private GridRollup() {
    }

    public long population() {
        return population;
    }

    public long households() {
        return households;
    }

    @Override
    public String toString() {
        return "GridRollup{population=" + population + ", households=" + households + "}";
    }
}
