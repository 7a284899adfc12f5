package org.jiceng.platform.casework.domain;

/** What a case is dispatched to: a grid node (a street, a community, a grid) or a department. */
public enum HandlerKind {
    GRID, DEPARTMENT
}
