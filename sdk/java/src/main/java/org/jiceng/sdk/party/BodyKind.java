package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The kind of a community body: owners' committee, property company, supervisory or residents' committee, "two new" organisations; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum BodyKind {
    OWNERS_COMMITTEE, PROPERTY_COMPANY, SUPERVISORY_COMMITTEE, RESIDENTS_COMMITTEE, NEW_ECONOMIC_ORGANISATION, NEW_SOCIAL_ORGANISATION,
    @JsonEnumDefaultValue UNKNOWN
}
