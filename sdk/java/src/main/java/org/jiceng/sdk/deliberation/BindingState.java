package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A resident binding's state; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum BindingState {
    REQUESTED, VERIFIED, REVOKED,
    @JsonEnumDefaultValue UNKNOWN
}
