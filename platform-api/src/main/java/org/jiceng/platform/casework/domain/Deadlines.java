package org.jiceng.platform.casework.domain;

import org.jiceng.platform.shared.domain.RuleViolation;

/**
 * Time allowed, in hours, for each step of a case of one category and priority: to accept (register) it after it
 * was reported, for the handling unit to acknowledge it after dispatch, and to resolve it after acceptance.
 */
public record Deadlines(int acceptHours, int acknowledgeHours, int resolveHours) {
    public Deadlines {
        if (acceptHours < 1 || acknowledgeHours < 1 || resolveHours < 1
                || acceptHours > 8760 || acknowledgeHours > 8760 || resolveHours > 8760) {
            throw new RuleViolation("deadlines", "every deadline is 1 to 8760 hours");
        }
    }
}
