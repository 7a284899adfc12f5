package org.jiceng.platform.shared.domain;

/** One thing wrong in one row (1-based, counting data rows or GeoJSON features) of an uploaded file. */
public record RowError(int row, String field, String message) {
}
