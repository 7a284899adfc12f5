package org.jiceng.platform.grid.domain;

import org.jiceng.platform.shared.security.Caller;

/**
 * Who reaches which households: a read model over the assignment and Party tables of other contexts, so that the
 * grid context depends on neither of them in code.
 */
public interface HouseholdStatistics {
    /** The households {@code caller} reaches. */
    HouseholdReach of(Caller caller);
}
