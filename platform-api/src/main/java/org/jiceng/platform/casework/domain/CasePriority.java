package org.jiceng.platform.casework.domain;

/** Urgency, which picks the deadlines of the case's category. */
public enum CasePriority {
    NORMAL, URGENT, EMERGENCY
}
