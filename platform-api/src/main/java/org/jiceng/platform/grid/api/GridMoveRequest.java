package org.jiceng.platform.grid.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/grids/{id}:move}. */
@Schema(name = "GridMove")
public record GridMoveRequest(@Schema(required = true) String parentId) {
}
