package org.jiceng.platform.grid.application;

/** What an import did: nodes created, nodes whose name, counts or boundary changed, and rows already in place. */
public record GridImportResult(int rows, int created, int updated, int unchanged) {
}
