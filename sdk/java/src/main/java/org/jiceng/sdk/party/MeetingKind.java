package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A meeting of the 三会一课 (group meeting, branch committee meeting, general members' meeting, Party lecture) or a themed Party day; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum MeetingKind {
    GROUP_MEETING, BRANCH_COMMITTEE_MEETING, GENERAL_MEMBERS_MEETING, PARTY_LECTURE, THEMED_PARTY_DAY,
    @JsonEnumDefaultValue UNKNOWN
}
