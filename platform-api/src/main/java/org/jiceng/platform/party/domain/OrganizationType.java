package org.jiceng.platform.party.domain;

import java.util.EnumSet;
import java.util.Set;

/** Kinds of Party organisation and which may sit directly under which. */
public enum OrganizationType {
    COMMITTEE, WORKING_COMMITTEE, GENERAL_BRANCH, BRANCH, GROUP, TEMPORARY_BRANCH;

    public Set<OrganizationType> allowedChildren() {
        return switch (this) {
            case COMMITTEE -> EnumSet.of(WORKING_COMMITTEE, GENERAL_BRANCH, BRANCH, TEMPORARY_BRANCH);
            case WORKING_COMMITTEE -> EnumSet.of(GENERAL_BRANCH, BRANCH, TEMPORARY_BRANCH);
            case GENERAL_BRANCH -> EnumSet.of(BRANCH, TEMPORARY_BRANCH);
            case BRANCH, TEMPORARY_BRANCH -> EnumSet.of(GROUP);
            case GROUP -> EnumSet.noneOf(OrganizationType.class);
        };
    }

    /** A group or temporary branch always hangs under another organisation. */
    public boolean canBeTop() {
        return this != GROUP && this != TEMPORARY_BRANCH;
    }
}
