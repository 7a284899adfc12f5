package org.jiceng.platform.deliberation.domain;

/** The Party organisation's review of a major matter (审查把关): approved to go to a vote, or returned. */
public enum ReviewVerdict {
    APPROVED, RETURNED
}
