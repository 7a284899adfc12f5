package org.jiceng.platform.grid.application;

/** What a caller asks for when adding a node; {@code boundaryGeoJson} is raw GeoJSON or null. */
public record NewGrid(String parentId, String level, String code, String name, Long population, Long households,
                      String boundaryGeoJson) {
}
