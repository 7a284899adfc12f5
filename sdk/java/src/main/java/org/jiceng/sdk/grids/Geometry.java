package org.jiceng.sdk.grids;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.jiceng.sdk.core.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A GeoJSON geometry (RFC 7946) in WGS-84 longitude/latitude order. Grid boundaries are {@code Polygon} or
 * {@code MultiPolygon}.
 */
public final class Geometry {
    @JsonProperty("type")
    private String type;
    @JsonProperty("coordinates")
    private JsonNode coordinates;

    private Geometry() {
    }

    private Geometry(String type, JsonNode coordinates) {
        this.type = type;
        this.coordinates = coordinates;
    }

    /** A polygon from rings of {@code [lon, lat]} pairs; the first ring is the outer one, each ring closed. */
    public static Geometry polygon(double[][]... rings) {
        ArrayNode coords = Json.mapper().createArrayNode();
        for (double[][] ring : rings) {
            ArrayNode r = coords.addArray();
            for (double[] p : ring) {
                r.addArray().add(p[0]).add(p[1]);
            }
        }
        return new Geometry("Polygon", coords);
    }

    /** An axis-aligned rectangle, closed, counter-clockwise: handy for tests and rough boundaries. */
    public static Geometry rectangle(double minLon, double minLat, double maxLon, double maxLat) {
        return polygon(new double[][]{{minLon, minLat}, {maxLon, minLat}, {maxLon, maxLat}, {minLon, maxLat},
                {minLon, minLat}});
    }

    /** Parses any GeoJSON geometry object. */
    public static Geometry fromJson(String geoJson) {
        try {
            JsonNode node = Json.mapper().readTree(geoJson);
            return new Geometry(node.path("type").asText(null), node.get("coordinates"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String type() {
        return type;
    }

    /** The nested coordinate arrays as JSON. */
    public JsonNode coordinates() {
        return coordinates;
    }

    public String toJson() {
        try {
            return Json.mapper().writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Geometry && Objects.equals(type, ((Geometry) o).type)
                && Objects.equals(coordinates, ((Geometry) o).coordinates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, coordinates);
    }

    @Override
    public String toString() {
        return toJson();
    }
}
