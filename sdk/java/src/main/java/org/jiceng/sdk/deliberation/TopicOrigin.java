package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Who raised a topic; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum TopicOrigin {
    RESIDENT, PARTY_MEMBER, PARTY_ORGANIZATION, GRID_WORKER, COUNCIL, CASE, NEED,
    @JsonEnumDefaultValue UNKNOWN
}
