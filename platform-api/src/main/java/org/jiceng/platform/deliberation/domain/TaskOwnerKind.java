package org.jiceng.platform.deliberation.domain;

/** Who carries out a task: a department, a community body, a Party organisation or a volunteer team. */
public enum TaskOwnerKind {
    DEPARTMENT, COMMUNITY_BODY, PARTY_ORGANIZATION, VOLUNTEER_TEAM
}
