package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A vote's state; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum VoteState {
    DRAFT, OPEN, CLOSED,
    @JsonEnumDefaultValue UNKNOWN
}
