package org.jiceng.platform.grid.domain;

import java.util.List;
import java.util.Optional;

/** The tenant's households. */
public interface HouseholdRepository {
    Optional<Household> find(String id);

    boolean exists(String gridId, String address);

    /** Households within the subtree at {@code path}, ordered by id, after {@code afterId}. */
    List<Household> within(String path, HouseholdReach reach, String afterId, int limit);

    void add(Household household);

    void flush();
}
