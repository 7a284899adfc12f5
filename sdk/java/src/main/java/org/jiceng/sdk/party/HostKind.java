package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a Party organisation is set up; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum HostKind {
    COMMUNITY, COMPOUND, GRID, PROPERTY_COMPANY, ENTERPRISE, SOCIAL_ORGANISATION, INSTITUTION, STREET,
    @JsonEnumDefaultValue UNKNOWN
}
