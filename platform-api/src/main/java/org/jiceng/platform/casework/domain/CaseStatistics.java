package org.jiceng.platform.casework.domain;

import org.jiceng.platform.grid.domain.GridLevel;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Counts of cases per grid subtree: one group per node of {@code level} inside {@code withinPath}. */
public interface CaseStatistics {
    List<GroupCounts> countByGroup(GridLevel level, Optional<String> withinPath, Optional<String> categoryCode,
                                   OffsetDateTime from, OffsetDateTime to, OffsetDateTime now);
}
