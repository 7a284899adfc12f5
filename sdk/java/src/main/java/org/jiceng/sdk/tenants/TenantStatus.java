package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether a tenant's tokens are accepted; {@link #UNKNOWN} for a value this SDK version does not
 * know yet.
 */
public enum TenantStatus {
    ACTIVE, SUSPENDED,
    @JsonEnumDefaultValue UNKNOWN
}
