package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a need was gathered: a visit, a forum, the 12345 hotline, a council, a case, a survey; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum NeedSource {
    VISIT, FORUM, HOTLINE, COUNCIL, CASE, SURVEY,
    @JsonEnumDefaultValue UNKNOWN
}
