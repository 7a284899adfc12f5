package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a resource is: a place, a team, a pool of people in a role, a service, a fund; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum ResourceKind {
    PLACE, TEAM, PERSON_POOL, SERVICE, FUND,
    @JsonEnumDefaultValue UNKNOWN
}
