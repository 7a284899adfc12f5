package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a case stands in the closed loop; {@link #UNKNOWN} for a state this SDK version does not know yet. */
public enum CaseStatus {
    REPORTED, ACCEPTED, REJECTED, DISPATCHED, IN_PROGRESS, RESOLVED, CLOSED, REOPENED, DUPLICATE,
    @JsonEnumDefaultValue UNKNOWN
}
