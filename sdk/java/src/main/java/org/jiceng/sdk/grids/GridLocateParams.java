package org.jiceng.sdk.grids;

/** A point to locate, in the coordinate system the caller's map SDK produced. */
public final class GridLocateParams {
    private final double lon;
    private final double lat;
    private final Crs crs;

    private GridLocateParams(Builder b) {
        if (b.lon == null || b.lat == null) {
            throw new IllegalArgumentException("lon and lat are required");
        }
        this.lon = b.lon;
        this.lat = b.lat;
        this.crs = b.crs;
    }

    public static Builder builder() {
        return new Builder();
    }

    public double lon() {
        return lon;
    }

    public double lat() {
        return lat;
    }

    public Crs crs() {
        return crs;
    }

    /** Builder of {@link GridLocateParams}; {@code crs} defaults to WGS-84. */
    public static final class Builder {
        private Double lon;
        private Double lat;
        private Crs crs = Crs.WGS84;

        public Builder lon(double lon) {
            this.lon = lon;
            return this;
        }

        public Builder lat(double lat) {
            this.lat = lat;
            return this;
        }

        public Builder crs(Crs crs) {
            this.crs = crs;
            return this;
        }

        public GridLocateParams build() {
            return new GridLocateParams(this);
        }
    }
}
