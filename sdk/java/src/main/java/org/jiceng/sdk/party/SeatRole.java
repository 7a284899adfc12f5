package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A role on a community body; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum SeatRole {
    CHAIR, DEPUTY_CHAIR, MEMBER, MANAGER, STAFF,
    @JsonEnumDefaultValue UNKNOWN
}
