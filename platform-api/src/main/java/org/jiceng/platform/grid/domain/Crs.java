package org.jiceng.platform.grid.domain;

import org.jiceng.platform.shared.domain.RuleViolation;

/** Coordinate systems a point may arrive in: WGS-84 (the API's own), GCJ-02 (AMap, Tencent), BD-09 (Baidu). */
public enum Crs {
    WGS84, GCJ02, BD09;

    public static Crs parse(String value) {
        if (value == null || value.isBlank()) {
            return WGS84;
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("crs", "crs must be WGS84, GCJ02 or BD09");
        }
    }
}
