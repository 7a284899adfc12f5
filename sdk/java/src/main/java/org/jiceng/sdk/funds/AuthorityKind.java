package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What authorises an entry: a deliberation decision, a project, a budget line; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum AuthorityKind {
    DECISION, PROJECT, BUDGET_LINE,
    @JsonEnumDefaultValue UNKNOWN
}
