package org.jiceng.sdk.webhooks;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a delivery stands: still being attempted, delivered (a 2xx), or given up; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum DeliveryState {
    PENDING, DELIVERED, FAILED,
    @JsonEnumDefaultValue UNKNOWN
}
