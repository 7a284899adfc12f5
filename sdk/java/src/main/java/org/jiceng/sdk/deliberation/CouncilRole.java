package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The seats a council is made of; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum CouncilRole {
    RESIDENTS_REPRESENTATIVE, PARTY_MEMBER, OWNERS_COMMITTEE, PROPERTY_COMPANY, DEPARTMENT_LIAISON, SUPERVISORY_COMMITTEE,
    @JsonEnumDefaultValue UNKNOWN
}
