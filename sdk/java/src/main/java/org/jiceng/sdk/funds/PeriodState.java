package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A ledger period's state; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum PeriodState {
    OPEN, CLOSED, PUBLISHED,
    @JsonEnumDefaultValue UNKNOWN
}
