package org.jiceng.platform.casework.domain;

import org.jiceng.platform.shared.domain.StateConflict;

import java.util.Set;
import java.util.stream.Collectors;

/** The action is not allowed in the case's current state (409); the message names the ones that are. */
public class IllegalTransition extends StateConflict {
    private final Set<CaseAction> allowed;

    public IllegalTransition(CaseAction action, CaseStatus status) {
        super("Cannot " + action.apiName() + " a case that is " + status + "; allowed now: "
                + (CaseAction.allowedIn(status).isEmpty() ? "nothing (the case is finished)"
                : CaseAction.allowedIn(status).stream().map(CaseAction::apiName).collect(Collectors.joining(", "))));
        this.allowed = CaseAction.allowedIn(status);
    }

    public Set<CaseAction> allowed() {
        return allowed;
    }
}
