package org.jiceng.platform.deliberation.domain;

/**
 * The forms a residents' meeting may take (Urban Residents' Committees Organisation Law, 2018 text art. 9 para. 2):
 * all adult residents, one representative per household, or two or three representatives elected by each
 * residents' group; and the residents' representatives' meeting of the 2025 revision.
 */
public enum MeetingForm {
    ALL_ADULT_RESIDENTS, HOUSEHOLD_REPRESENTATIVES, GROUP_REPRESENTATIVES, REPRESENTATIVES_MEETING;

    /** The electorate each form counts. */
    public Electorate electorate() {
        return switch (this) {
            case ALL_ADULT_RESIDENTS -> Electorate.RESIDENTS;
            case HOUSEHOLD_REPRESENTATIVES -> Electorate.HOUSEHOLDS;
            case GROUP_REPRESENTATIVES, REPRESENTATIVES_MEETING -> Electorate.REPRESENTATIVES;
        };
    }
}
