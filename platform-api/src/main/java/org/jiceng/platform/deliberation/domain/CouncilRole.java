package org.jiceng.platform.deliberation.domain;

/** The seats a council is made of (Chengdu's councils, Beijing's five-party co-building). */
public enum CouncilRole {
    RESIDENTS_REPRESENTATIVE, PARTY_MEMBER, OWNERS_COMMITTEE, PROPERTY_COMPANY, DEPARTMENT_LIAISON,
    SUPERVISORY_COMMITTEE
}
