package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A booking's state; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum BookingState {
    BOOKED, CANCELLED,
    @JsonEnumDefaultValue UNKNOWN
}
