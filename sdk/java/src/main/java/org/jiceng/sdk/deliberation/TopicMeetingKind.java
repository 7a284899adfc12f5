package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The meetings held on topics: council meeting, heart-to-heart talk (恳谈会), open-air meeting (坝坝会), courtyard meeting, building-branch meeting, door-to-door consultation, consultation room (会商室); {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum TopicMeetingKind {
    COUNCIL_MEETING, HEART_TO_HEART_TALK, OPEN_AIR_MEETING, COURTYARD_MEETING, BUILDING_BRANCH_MEETING, DOOR_TO_DOOR_CONSULTATION, CONSULTATION_ROOM,
    @JsonEnumDefaultValue UNKNOWN
}
