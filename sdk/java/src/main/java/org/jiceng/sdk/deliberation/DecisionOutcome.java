package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether the topic passed; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum DecisionOutcome {
    PASSED, FAILED,
    @JsonEnumDefaultValue UNKNOWN
}
