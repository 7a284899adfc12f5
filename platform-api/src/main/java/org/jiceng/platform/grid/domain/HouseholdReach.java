package org.jiceng.platform.grid.domain;

import java.util.List;

/**
 * The households a caller reaches: all of the tenant's, or those in the subtrees of some grid nodes (assigned to
 * them, or covered by the Party organisation they serve) plus those linked to them one by one (党员联户).
 */
public record HouseholdReach(boolean all, List<String> subtreePaths, List<String> householdIds) {
    public HouseholdReach {
        subtreePaths = List.copyOf(subtreePaths);
        householdIds = List.copyOf(householdIds);
    }

    public static HouseholdReach everything() {
        return new HouseholdReach(true, List.of(), List.of());
    }

    public boolean reaches(String householdId, String gridPath) {
        return all || householdIds.contains(householdId) || subtreePaths.stream().anyMatch(gridPath::startsWith);
    }
}
