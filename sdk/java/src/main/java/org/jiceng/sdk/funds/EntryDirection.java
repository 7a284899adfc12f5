package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Income or expense; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum EntryDirection {
    INCOME, EXPENSE,
    @JsonEnumDefaultValue UNKNOWN
}
