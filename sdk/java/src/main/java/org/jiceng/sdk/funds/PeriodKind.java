package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a ledger is divided into periods; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum PeriodKind {
    MONTH, YEAR,
    @JsonEnumDefaultValue UNKNOWN
}
