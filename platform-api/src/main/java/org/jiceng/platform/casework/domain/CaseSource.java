package org.jiceng.platform.casework.domain;

/** How the case reached the platform. */
public enum CaseSource {
    /** A resident's own app (or a vendor's app acting for the resident). */
    RESIDENT_APP,
    /** The 12345 government hotline. */
    HOTLINE_12345,
    /** A grid worker's patrol finding. */
    GRID_PATROL,
    /** Cadres walking the courtyards (Dujiangyan's Tuesday visits). */
    COURTYARD_VISIT,
    /** Raised at a residents' or deliberation meeting. */
    MEETING,
    OTHER
}
