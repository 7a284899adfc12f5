package org.jiceng.platform.shared.domain;

import java.util.Arrays;

/** Reads a closed set's value from a request: an unknown name is a 400 naming the field and the allowed names. */
public final class EnumValues {
    private EnumValues() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolation(field, "one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
