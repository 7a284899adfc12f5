package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The rule a vote is decided by, fixed when it opens: SIMPLE_MAJORITY; RESIDENTS_MEETING (Urban Residents' Committees Organisation Law); OWNERS_ORDINARY and OWNERS_SPECIAL (Civil Code art. 278); UNANIMOUS (全票通过); {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum VoteRule {
    SIMPLE_MAJORITY, RESIDENTS_MEETING, OWNERS_ORDINARY, OWNERS_SPECIAL, UNANIMOUS,
    @JsonEnumDefaultValue UNKNOWN
}
