package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Urgency, which picks the category's deadlines. */
public enum CasePriority {
    NORMAL, URGENT, EMERGENCY, @JsonEnumDefaultValue UNKNOWN
}
