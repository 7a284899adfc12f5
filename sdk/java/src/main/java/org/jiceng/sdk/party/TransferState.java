package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a transfer of a member's organisational relationship stands; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum TransferState {
    ISSUED, ACCEPTED, DECLINED,
    @JsonEnumDefaultValue UNKNOWN
}
