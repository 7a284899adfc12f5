package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where an in-service report stands; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum ReportState {
    REPORTED, ACCEPTED, DECLINED,
    @JsonEnumDefaultValue UNKNOWN
}
