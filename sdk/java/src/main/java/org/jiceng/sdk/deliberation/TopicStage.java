package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a topic stands in 提—议—决—办—评; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum TopicStage {
    PROPOSED, ACCEPTED, DECLINED, DELIBERATING, DECIDING, DECIDED, IMPLEMENTING, EVALUATING, CLOSED, WITHDRAWN,
    @JsonEnumDefaultValue UNKNOWN
}
