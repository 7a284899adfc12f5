package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Who a case is dispatched to: a grid node (street, community, grid) or a department; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum HandlerKind {
    GRID, DEPARTMENT,
    @JsonEnumDefaultValue UNKNOWN
}
