package org.jiceng.platform.deliberation.domain;

import org.jiceng.platform.shared.domain.RuleViolation;

/** Checks of the free texts deliberation records carry. */
final class Texts {
    private Texts() {
    }

    /** {@code value} stripped, 1 to {@code max} characters, or a 400 naming {@code field}. */
    static String required(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new RuleViolation(field, "1-" + max + " characters");
        }
        return value.strip();
    }

    /** Like {@link #required} but null stays null. */
    static String optional(String field, String value, int max) {
        return value == null ? null : required(field, value, max);
    }
}
