package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A project's state; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum ProjectState {
    PLANNED, IN_PROGRESS, DONE, CANCELLED,
    @JsonEnumDefaultValue UNKNOWN
}
