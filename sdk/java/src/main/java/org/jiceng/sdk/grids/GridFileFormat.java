package org.jiceng.sdk.grids;

import java.nio.file.Path;
import java.util.Locale;

/** The grid file formats {@link GridService#importFile} accepts, with the content type each is sent as. */
public enum GridFileFormat {
    /** A GeoJSON FeatureCollection; each feature's geometry is the node's boundary. */
    GEOJSON("application/geo+json"),
    /** CSV in UTF-8. */
    CSV("text/csv; charset=UTF-8"),
    /** CSV as Excel saves it on Chinese Windows (GB18030, a superset of GBK). */
    CSV_GB18030("text/csv; charset=GB18030"),
    /** CSV whose encoding the platform detects (UTF-8 if valid, else GB18030). */
    CSV_DETECT("text/csv"),
    /** The first sheet of an Excel workbook. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    GridFileFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** By extension: .geojson/.json, .csv (encoding detected) or .xlsx. */
    public static GridFileFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return GEOJSON;
        }
        if (name.endsWith(".csv")) {
            return CSV_DETECT;
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        throw new IllegalArgumentException("Not a grid file (.geojson, .csv or .xlsx): " + file);
    }
}
