package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * What a tenant is: a city, or a district (or county) on its own; {@link #UNKNOWN} for a value this SDK version does not
 * know yet.
 */
public enum TenantKind {
    CITY, DISTRICT,
    @JsonEnumDefaultValue UNKNOWN
}
