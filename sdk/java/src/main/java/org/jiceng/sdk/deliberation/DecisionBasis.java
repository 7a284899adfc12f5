package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How the topic was decided: by a vote, or by the council recording a consultation's outcome; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum DecisionBasis {
    VOTE, CONSULTATION,
    @JsonEnumDefaultValue UNKNOWN
}
