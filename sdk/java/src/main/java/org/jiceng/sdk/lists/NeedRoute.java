package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Triage's route: solved by the community, escalated as a case, or declined; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum NeedRoute {
    COMMUNITY, ESCALATE, DECLINED,
    @JsonEnumDefaultValue UNKNOWN
}
