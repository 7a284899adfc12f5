package org.jiceng.platform.grid.domain;

import org.jiceng.platform.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundaryAndCoordinatesTest {
    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[120,31],[121,31],[121,32],"
            + "[120,32],[120,31]]]}";

    @Test
    void validPolygonsAreKeptWithTheirBox() {
        Boundary b = Boundary.parse(SQUARE);
        assertTrue(b.contains(120.5, 31.5));
        assertTrue(b.contains(120, 31.5), "points on the edge belong to the grid");
        assertFalse(b.contains(121.5, 31.5));
        assertEquals(120, b.envelope().getMinX());
        assertEquals(32, b.envelope().getMaxY());
        assertTrue(Boundary.stored(b.geoJson()).contains(120.5, 31.5));
        Boundary multi = Boundary.parse("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[120,31],[121,31],[121,32],"
                + "[120,31]]],[[[122,31],[123,31],[123,32],[122,31]]]]}");
        assertTrue(multi.contains(122.9, 31.1));
    }

    @Test
    void invalidGeometriesNameTheBoundaryField() {
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[120,31],[121,32],[121,31],[120,32],[120,31]]]}";
        for (String bad : new String[]{bowtie, "{\"type\":\"Point\",\"coordinates\":[120,31]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[190,31],[191,31],[191,32],[190,31]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[120,31],[121,31],[121,32]]]}", "{\"type\":\"Circle\"}",
                "not json"}) {
            RuleViolation e = assertThrows(RuleViolation.class, () -> Boundary.parse(bad), bad);
            assertEquals("boundary", e.field());
        }
        assertTrue(assertThrows(RuleViolation.class, () -> Boundary.parse(bowtie)).getMessage()
                .contains("Self-intersection"));
    }

    @Test
    void gcj02RoundTripsToWithinACentimetre() {
        double lon = 120.7226;
        double lat = 31.3175; // Suzhou Industrial Park
        double[] gcj = ChinaCoordinates.wgs84ToGcj02(lon, lat);
        assertTrue(Math.abs(gcj[0] - lon) > 0.003, "the offset is hundreds of metres");
        double[] back = ChinaCoordinates.toWgs84(Crs.GCJ02, gcj[0], gcj[1]);
        assertEquals(lon, back[0], 1e-7);
        assertEquals(lat, back[1], 1e-7);
    }

    @Test
    void bd09ConvertsThroughGcj02() {
        double[] gcj = ChinaCoordinates.wgs84ToGcj02(116.4551, 39.9219); // Beijing Chaoyang
        double[] bd = ChinaCoordinates.gcj02ToBd09(gcj[0], gcj[1]);
        double[] back = ChinaCoordinates.toWgs84(Crs.BD09, bd[0], bd[1]);
        assertEquals(116.4551, back[0], 1e-6);
        assertEquals(39.9219, back[1], 1e-6);
        // BD-09 sits roughly 0.0065 deg east and 0.006 deg north of GCJ-02
        assertEquals(0.0065, bd[0] - gcj[0], 0.001);
        assertEquals(0.006, bd[1] - gcj[1], 0.001);
    }

    @Test
    void noOffsetOutsideChina() {
        double[] paris = ChinaCoordinates.toWgs84(Crs.GCJ02, 2.3522, 48.8566);
        assertEquals(2.3522, paris[0]);
        assertEquals(48.8566, paris[1]);
        assertEquals(Crs.GCJ02, Crs.parse("gcj-02"));
        assertEquals(Crs.WGS84, Crs.parse(null));
        assertThrows(RuleViolation.class, () -> Crs.parse("MARS"));
    }
}
