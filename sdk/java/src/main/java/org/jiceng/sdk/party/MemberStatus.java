package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A Party member's standing: 正式党员 or 预备党员; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum MemberStatus {
    FULL, PROBATIONARY,
    @JsonEnumDefaultValue UNKNOWN
}
