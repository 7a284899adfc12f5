package org.jiceng.platform.grid.domain;

import org.jiceng.platform.shared.domain.RuleViolation;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * A grid node's boundary: a valid GeoJSON Polygon or MultiPolygon in WGS-84 longitude/latitude. Kept as normalised
 * GeoJSON text plus its bounding box, which pre-filters point location before the exact JTS test.
 */
public final class Boundary {
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final String FIELD = "boundary";

    private final Geometry geometry;
    private final String geoJson;

    private Boundary(Geometry geometry) {
        this.geometry = geometry;
        GeoJsonWriter writer = new GeoJsonWriter(9);
        writer.setEncodeCRS(false);
        this.geoJson = writer.write(geometry);
    }

    /** Parses and validates client input; every defect is a 400 on {@code boundary}. */
    public static Boundary parse(String geoJson) {
        Geometry g;
        try {
            g = new GeoJsonReader(FACTORY).read(geoJson);
        } catch (ParseException | RuntimeException e) {
            throw new RuleViolation(FIELD, "not a GeoJSON geometry: " + firstLine(e.getMessage()));
        }
        if (!(g instanceof Polygon) && !(g instanceof MultiPolygon)) {
            throw new RuleViolation(FIELD, "must be a Polygon or MultiPolygon, not " + g.getGeometryType());
        }
        if (g.isEmpty()) {
            throw new RuleViolation(FIELD, "must not be empty");
        }
        Envelope e = g.getEnvelopeInternal();
        if (e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90 || e.getMaxY() > 90) {
            throw new RuleViolation(FIELD, "coordinates must be WGS-84 [longitude, latitude] within "
                    + "[-180, 180] x [-90, 90]");
        }
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error != null) {
            throw new RuleViolation(FIELD, "invalid polygon: " + error.getMessage() + " at "
                    + error.getCoordinate().x + " " + error.getCoordinate().y);
        }
        return new Boundary(g);
    }

    /** Reads a boundary this class stored; no validation needed. */
    public static Boundary stored(String geoJson) {
        try {
            return new Boundary(new GeoJsonReader(FACTORY).read(geoJson));
        } catch (ParseException e) {
            throw new IllegalStateException("stored boundary unreadable", e);
        }
    }

    public boolean contains(double lon, double lat) {
        Point p = FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
        return geometry.covers(p);
    }

    public double area() {
        return geometry.getArea();
    }

    public String geoJson() {
        return geoJson;
    }

    public Envelope envelope() {
        return geometry.getEnvelopeInternal();
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.lines().findFirst().orElse(s);
    }
}
