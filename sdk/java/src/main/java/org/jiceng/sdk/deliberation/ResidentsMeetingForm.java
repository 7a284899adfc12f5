package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The forms of a residents' meeting, and the residents' representatives' meeting; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum ResidentsMeetingForm {
    ALL_ADULT_RESIDENTS, HOUSEHOLD_REPRESENTATIVES, GROUP_REPRESENTATIVES, REPRESENTATIVES_MEETING,
    @JsonEnumDefaultValue UNKNOWN
}
