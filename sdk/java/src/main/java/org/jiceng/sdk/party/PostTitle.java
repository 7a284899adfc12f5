package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A post in a Party organisation; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum PostTitle {
    SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER, ORGANISATION_COMMISSIONER, PROPAGANDA_COMMISSIONER, DISCIPLINE_COMMISSIONER, GROUP_LEADER,
    @JsonEnumDefaultValue UNKNOWN
}
