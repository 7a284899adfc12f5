package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether an entry is posted or waits for a second approval; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum EntryState {
    PENDING_APPROVAL, POSTED,
    @JsonEnumDefaultValue UNKNOWN
}
