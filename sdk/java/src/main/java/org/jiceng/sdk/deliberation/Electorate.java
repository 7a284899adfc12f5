package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Who may vote, taken as a snapshot when the vote opens; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum Electorate {
    COUNCIL_MEMBERS, HOUSEHOLDS, RESIDENTS, REPRESENTATIVES, OWNERS,
    @JsonEnumDefaultValue UNKNOWN
}
