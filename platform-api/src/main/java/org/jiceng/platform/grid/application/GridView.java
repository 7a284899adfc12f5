package org.jiceng.platform.grid.application;

import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRollup;

/** A node together with its subtree roll-up, as the API shows it. */
public record GridView(GridNode node, GridRollup rollup) {
}
