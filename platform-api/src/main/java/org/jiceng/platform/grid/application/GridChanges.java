package org.jiceng.platform.grid.application;

import java.util.Optional;

/**
 * A merge patch of a node: an empty Optional leaves the field alone; {@code clearBoundary} removes the boundary.
 */
public record GridChanges(Optional<String> name, Optional<Long> population, Optional<Long> households,
                          Optional<String> boundaryGeoJson, boolean clearBoundary) {
}
