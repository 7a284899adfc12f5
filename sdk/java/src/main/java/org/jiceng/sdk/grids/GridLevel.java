package org.jiceng.sdk.grids;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Level of a node in the administrative grid tree, top to bottom. {@link #UNKNOWN} stands for a level added by a
 * newer platform than this SDK knows.
 */
public enum GridLevel {
    /** 市: root of a city tenant. */
    CITY,
    /** 区/县: root of a district tenant, or a district inside a city. */
    DISTRICT,
    /** 街道/镇. */
    STREET,
    /** 社区/村. */
    COMMUNITY,
    /** 网格: may cover several compounds or be part of one. */
    GRID,
    /** 小区/院落: may be split into grids. */
    COMPOUND,
    /** 楼栋/楼门: always a leaf. */
    BUILDING,
    @JsonEnumDefaultValue
    UNKNOWN
}
