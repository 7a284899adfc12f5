package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The Party organisation's review of a major matter (审查把关); {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum ReviewVerdict {
    APPROVED, RETURNED,
    @JsonEnumDefaultValue UNKNOWN
}
