package org.jiceng.sdk.grids;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a grid import did. A refused file raises an exception listing each bad row and writes nothing. */
public final class GridImportResult {
    @JsonProperty("rows")
    private int rows;
    @JsonProperty("created")
    private int created;
    @JsonProperty("updated")
    private int updated;
    @JsonProperty("unchanged")
    private int unchanged;

    private GridImportResult() {
    }

    public int rows() {
        return rows;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    /** Rows whose node was already exactly as the file describes it. */
    public int unchanged() {
        return unchanged;
    }

    @Override
    public String toString() {
        return "GridImportResult{rows=" + rows + ", created=" + created + ", updated=" + updated + ", unchanged="
                + unchanged + "}";
    }
}
