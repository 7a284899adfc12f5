package org.jiceng.platform.shared.domain;

/** Checks of the free texts records carry: stripped, not blank, not too long, or a 400 naming the field. */
public final class Texts {
    private Texts() {
    }

    /** {@code value} stripped, 1 to {@code max} characters, or a 400 naming {@code field}. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new RuleViolation(field, "1-" + max + " characters");
        }
        return value.strip();
    }

    /** Like {@link #required} but null stays null. */
    public static String optional(String field, String value, int max) {
        return value == null ? null : required(field, value, max);
    }
}
