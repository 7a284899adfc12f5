package org.jiceng.platform.grid.domain;

/** Population and households summed over a node and its whole subtree. */
public record GridRollup(long population, long households) {
    public static final GridRollup EMPTY = new GridRollup(0, 0);
}
