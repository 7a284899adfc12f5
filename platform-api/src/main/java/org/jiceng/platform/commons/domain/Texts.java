package org.jiceng.platform.commons.domain;

import org.jiceng.platform.shared.domain.RuleViolation;

/** Checks of the free texts the lists carry. */
final class Texts {
    private Texts() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new RuleViolation(field, "1-" + max + " characters");
        }
        return value.strip();
    }

    static String optional(String field, String value, int max) {
        return value == null ? null : required(field, value, max);
    }
}
