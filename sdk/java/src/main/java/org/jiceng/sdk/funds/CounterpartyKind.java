package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** An organisation (shown by name) or a person (masked when published); {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum CounterpartyKind {
    ORGANISATION, PERSON,
    @JsonEnumDefaultValue UNKNOWN
}
