package org.jiceng.platform.casework.domain;

import java.util.List;
import java.util.Optional;

/**
 * Which cases a caller reaches: all of the tenant's; those in the subtrees of some grid nodes (by path) or
 * handled by or summoning some departments; or only their own (a resident's, a vendor app's).
 */
public record CaseScope(boolean all, List<String> gridPaths, List<String> departmentIds,
                        Optional<String> reporterSubject, Optional<String> reporterClient) {

    public static CaseScope everything() {
        return new CaseScope(true, List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    public static CaseScope assigned(List<String> gridPaths, List<String> departmentIds) {
        return new CaseScope(false, List.copyOf(gridPaths), List.copyOf(departmentIds), Optional.empty(),
                Optional.empty());
    }

    public static CaseScope ownAsResident(String subject) {
        return new CaseScope(false, List.of(), List.of(), Optional.of(subject), Optional.empty());
    }

    public static CaseScope ownAsApplication(String clientId) {
        return new CaseScope(false, List.of(), List.of(), Optional.empty(), Optional.of(clientId));
    }

    /** Whether the case, lying in the grid at {@code gridPath} and summoning {@code summoned}, is reachable. */
    public boolean reaches(CaseRecord c, String gridPath, List<String> summoned) {
        if (all) {
            return true;
        }
        if (reporterSubject.isPresent()) {
            return reporterSubject.equals(c.reporterSubject());
        }
        if (reporterClient.isPresent()) {
            return reporterClient.equals(c.reporterClient());
        }
        if (gridPaths.stream().anyMatch(gridPath::startsWith)) {
            return true;
        }
        boolean handledByMine = c.handlerKind().filter(k -> k == HandlerKind.DEPARTMENT).isPresent()
                && c.handlerId().map(departmentIds::contains).orElse(false);
        return handledByMine || summoned.stream().anyMatch(departmentIds::contains);
    }
}
