package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A ballot's choice; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum BallotChoice {
    YES, NO, ABSTAIN,
    @JsonEnumDefaultValue UNKNOWN
}
