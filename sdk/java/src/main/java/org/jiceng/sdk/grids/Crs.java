package org.jiceng.sdk.grids;

/** Coordinate reference system of a point sent to the platform; it converts to WGS-84 before locating. */
public enum Crs {
    /** GPS / international maps; the API's own system. */
    WGS84,
    /** "Mars coordinates" of AMap (高德) and Tencent maps. */
    GCJ02,
    /** Baidu maps. */
    BD09
}
