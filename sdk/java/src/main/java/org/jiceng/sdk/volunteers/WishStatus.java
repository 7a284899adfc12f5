package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a wish stands; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum WishStatus {
    POSTED, CLAIMED, FULFILLED, CONFIRMED, WITHDRAWN,
    @JsonEnumDefaultValue UNKNOWN
}
