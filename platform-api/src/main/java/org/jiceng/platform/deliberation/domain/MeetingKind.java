package org.jiceng.platform.deliberation.domain;

/**
 * The meetings the seeds name: a council meeting, a heart-to-heart talk (恳谈会), an open-air meeting (坝坝会), a
 * courtyard meeting (院落会), a building-branch meeting (楼栋支部会), a round of door-to-door consultation (入户协商),
 * and a consultation room session (会商室) that issues a task book.
 */
public enum MeetingKind {
    COUNCIL_MEETING, HEART_TO_HEART_TALK, OPEN_AIR_MEETING, COURTYARD_MEETING, BUILDING_BRANCH_MEETING,
    DOOR_TO_DOOR_CONSULTATION, CONSULTATION_ROOM
}
