package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Units that attend meetings and own tasks; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum UnitKind {
    DEPARTMENT, COMMUNITY_BODY, PARTY_ORGANIZATION, VOLUNTEER_TEAM,
    @JsonEnumDefaultValue UNKNOWN
}
