package org.jiceng.platform.volunteer.domain;

/** What a volunteer team serves: 平安巡防, 环境卫生, 秩序维护, 文化, 助老, or something else. */
public enum ServiceArea {
    PUBLIC_SECURITY, SANITATION, ORDER, CULTURE, ELDERLY_CARE, OTHER
}
