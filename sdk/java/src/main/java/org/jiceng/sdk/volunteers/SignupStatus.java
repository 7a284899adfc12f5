package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A volunteer's place in an activity; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum SignupStatus {
    SIGNED_UP, CANCELLED, CHECKED_IN, CHECKED_OUT, VERIFIED,
    @JsonEnumDefaultValue UNKNOWN
}
