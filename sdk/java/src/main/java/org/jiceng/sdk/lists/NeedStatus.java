package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A need's status on the list; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum NeedStatus {
    OPEN, MATCHED, ESCALATED, DECLINED, MERGED,
    @JsonEnumDefaultValue UNKNOWN
}
