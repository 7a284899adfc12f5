package org.jiceng.platform.casework.domain;

import java.util.Optional;

/**
 * What a case list is narrowed to: state, category, the subtree of a grid node (by the node's path, so a moved subtree takes its cases along), the handling
 * department, cases past their current deadline, or due within the next hours. What the caller may reach at all is
 * its {@link CaseScope}.
 */
public record CaseFilter(Optional<CaseStatus> status, Optional<String> categoryCode, Optional<String> gridSubtreePath,
                         Optional<String> departmentId, boolean overdue, Optional<Integer> dueWithinHours,
                         Optional<String> reporterPhone) {

    public static CaseFilter of(Optional<CaseStatus> status, Optional<String> categoryCode, Optional<String> gridId,
                                Optional<String> departmentId, boolean overdue, Optional<Integer> dueWithinHours,
                                Optional<String> reporterPhone) {
        return new CaseFilter(status, categoryCode, gridId, departmentId, overdue, dueWithinHours, reporterPhone);
    }
}
