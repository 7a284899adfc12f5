package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A resolution decides once; a convention (居民公约, 村规民约) is standing text later topics may revise; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum DecisionKind {
    RESOLUTION, CONVENTION,
    @JsonEnumDefaultValue UNKNOWN
}
