package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A consultation comment's moderation state; {@link #UNKNOWN} for a value this SDK version does not know yet. */
public enum CommentState {
    PENDING, PUBLISHED, REJECTED,
    @JsonEnumDefaultValue UNKNOWN
}
