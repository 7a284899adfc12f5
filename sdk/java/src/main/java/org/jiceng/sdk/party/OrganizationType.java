package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The kind of a Party organisation: 党委, 党工委, 党总支, 党支部, 党小组, 临时党支部; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum OrganizationType {
    COMMITTEE, WORKING_COMMITTEE, GENERAL_BRANCH, BRANCH, GROUP, TEMPORARY_BRANCH,
    @JsonEnumDefaultValue UNKNOWN
}
