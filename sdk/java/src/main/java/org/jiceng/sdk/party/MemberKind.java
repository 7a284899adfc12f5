package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a member belongs to an organisation: registered there, reporting in-service (在职党员报到), or mobile (流动党员); {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum MemberKind {
    REGISTERED, IN_SERVICE_REPORTED, MOBILE,
    @JsonEnumDefaultValue UNKNOWN
}
