package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a case came from: a resident's app, the 12345 hotline, a grid worker's patrol, a courtyard visit, a meeting, or elsewhere; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum CaseSource {
    RESIDENT_APP, HOTLINE_12345, GRID_PATROL, COURTYARD_VISIT, MEETING, OTHER,
    @JsonEnumDefaultValue UNKNOWN
}
