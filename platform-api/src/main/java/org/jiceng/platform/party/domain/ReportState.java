package org.jiceng.platform.party.domain;

/** Where an in-service report (在职党员报到) stands: made, then accepted or declined by the community, once. */
public enum ReportState {
    REPORTED, ACCEPTED, DECLINED
}
