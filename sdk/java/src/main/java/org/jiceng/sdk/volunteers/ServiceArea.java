package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * What a volunteer team serves (平安巡防, 环境卫生, 秩序维护, 文化, 助老, or something else); {@link #UNKNOWN} for a
 * value this SDK version does not know yet.
 */
public enum ServiceArea {
    PUBLIC_SECURITY, SANITATION, ORDER, CULTURE, ELDERLY_CARE, OTHER,
    @JsonEnumDefaultValue UNKNOWN
}
