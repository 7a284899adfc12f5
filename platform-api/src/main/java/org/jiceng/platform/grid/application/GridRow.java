package org.jiceng.platform.grid.application;

/**
 * One node of an imported grid file, as read from the file. {@code parentCode} may be empty: it is then derived
 * from the code (its last 3-digit segment dropped; a DISTRICT's parent is the city root).
 *
 * @param row 1-based number of the data row or GeoJSON feature, for error reports
 */
public record GridRow(int row, String code, String name, String level, String parentCode, Long population,
                      Long households, String boundaryGeoJson) {
}
