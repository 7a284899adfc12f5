package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether a person holds a seat or stands for it; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum SeatStanding {
    SEATED, CANDIDATE,
    @JsonEnumDefaultValue UNKNOWN
}
