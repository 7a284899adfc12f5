package org.jiceng.platform.casework.domain;

import java.util.Optional;

/**
 * What a case list is narrowed to: state, category, the subtree of a grid node, the handling department, cases past
 * their current deadline, or due within the next hours, or (as its keyed hash) the reporter's phone. What the
 * caller asks names the grid node ({@code gridId}) and the phone; the service resolves them into the node's
 * {@code gridSubtreePath} (so a moved subtree takes its cases along) and the phone's hash before the repository
 * sees the filter. What the caller may reach at all is its {@link CaseScope}.
 */
public record CaseFilter(Optional<CaseStatus> status, Optional<String> categoryCode, Optional<String> gridId,
                         Optional<String> gridSubtreePath, Optional<String> departmentId, boolean overdue,
                         Optional<Integer> dueWithinHours, Optional<String> reporterPhone,
                         Optional<String> reporterPhoneHash) {

    /** A filter as the caller asks it: a grid node by id, a phone in clear. */
    public static CaseFilter of(Optional<CaseStatus> status, Optional<String> categoryCode, Optional<String> gridId,
                                Optional<String> departmentId, boolean overdue, Optional<Integer> dueWithinHours,
                                Optional<String> reporterPhone) {
        return new CaseFilter(status, categoryCode, gridId, Optional.empty(), departmentId, overdue, dueWithinHours,
                reporterPhone, Optional.empty());
    }

    /** The same filter with the node resolved to its subtree path and the phone to its lookup hash. */
    public CaseFilter resolved(Optional<String> subtreePath, Optional<String> phoneHash) {
        return new CaseFilter(status, categoryCode, gridId, subtreePath, departmentId, overdue, dueWithinHours,
                Optional.empty(), phoneHash);
    }
}
