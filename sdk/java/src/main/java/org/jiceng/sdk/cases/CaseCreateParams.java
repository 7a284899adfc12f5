package org.jiceng.sdk.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Parameters of {@link CaseService#report}. Give the grid, or a location to place the case in the deepest grid
 * containing it; a vendor's app names the resident it acts for with {@link Builder#reporterExternalId}.
 */
public final class CaseCreateParams {
    private final Map<String, Object> body;

    private final String endUser;

    /** The resident a vendor's app files for, counted by the platform's per-end-user rate limit. */
    java.util.Optional<String> endUser() {
        return java.util.Optional.ofNullable(endUser);
    }

    private CaseCreateParams(Builder b) {
        endUser = b.reporterExternalId;
        body = new LinkedHashMap<>();
        body.put("title", Objects.requireNonNull(b.title, "title"));
        body.put("description", Objects.requireNonNull(b.description, "description"));
        body.put("categoryCode", Objects.requireNonNull(b.categoryCode, "categoryCode"));
        put("priority", b.priority == null ? null : b.priority.name());
        put("source", b.source == null ? null : b.source.name());
        if (b.reporterExternalId != null || b.reporterName != null || b.reporterPhone != null) {
            Map<String, Object> reporter = new LinkedHashMap<>();
            reporter.put("externalId", b.reporterExternalId);
            reporter.put("name", b.reporterName);
            reporter.put("phone", b.reporterPhone);
            reporter.values().removeIf(Objects::isNull);
            body.put("reporter", reporter);
        }
        if (b.anonymous) {
            body.put("anonymous", true);
        }
        if (b.lon != null || b.address != null) {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("lon", b.lon);
            location.put("lat", b.lat);
            location.put("crs", b.crs);
            location.put("address", b.address);
            location.values().removeIf(Objects::isNull);
            body.put("location", location);
        }
        put("gridId", b.gridId);
        if (!b.attachments.isEmpty()) {
            body.put("attachments", List.copyOf(b.attachments));
        }
        if (!b.attributes.isEmpty()) {
            Map<String, List<String>> answers = new LinkedHashMap<>();
            b.attributes.forEach((k, v) -> answers.put(k, List.copyOf(v)));
            body.put("attributes", answers);
        }
    }

    private void put(String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    Map<String, Object> toBody() {
        return body;
    }

    /** Builder of {@link CaseCreateParams}; title, description and category are required. */
    public static final class Builder {
        private String title;
        private String description;
        private String categoryCode;
        private CasePriority priority;
        private CaseSource source;
        private String reporterExternalId;
        private String reporterName;
        private String reporterPhone;
        private boolean anonymous;
        private Double lon;
        private Double lat;
        private String crs;
        private String address;
        private String gridId;
        private final List<Map<String, String>> attachments = new ArrayList<>();
        private final Map<String, List<String>> attributes = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * An answer to an attribute the category asks for ({@link CaseCategory#attributes()}): one value, or
         * several for a multi-value list. The platform checks the answers when any are given.
         */
        public Builder attribute(String code, String... values) {
            attributes.computeIfAbsent(Objects.requireNonNull(code, "code"), k -> new ArrayList<>())
                    .addAll(List.of(values));
            return this;
        }

        public Builder title(String title) { this.title = title; return this; }
        public Builder description(String description) { this.description = description; return this; }
        /** e.g. {@code PARKING}, {@code ELEVATOR}; see {@code client.caseCategories().list()}. */
        public Builder categoryCode(String categoryCode) { this.categoryCode = categoryCode; return this; }
        public Builder priority(CasePriority priority) { this.priority = priority; return this; }
        /** RESIDENT_APP, HOTLINE_12345, GRID_PATROL, COURTYARD_VISIT, MEETING or OTHER. */
        public Builder source(CaseSource source) { this.source = source; return this; }
        /** The resident a vendor's app (or a grid worker) files for, by the vendor's own id for them. */
        public Builder reporterExternalId(String id) { this.reporterExternalId = id; return this; }
        /**
         * The resident's name and phone for the call-back: personal data, encrypted at rest by the platform and
         * shown masked to anyone without {@code pii:read}.
         */
        public Builder reporterContact(String name, String phone) {
            this.reporterName = name;
            this.reporterPhone = phone;
            return this;
        }

        public Builder anonymous(boolean anonymous) { this.anonymous = anonymous; return this; }

        /** A WGS-84 point. */
        public Builder location(double lon, double lat) { return location(lon, lat, null); }

        /** A point as a Chinese map SDK gives it: crs {@code GCJ02} (AMap, Tencent) or {@code BD09} (Baidu). */
        public Builder location(double lon, double lat, String crs) {
            this.lon = lon;
            this.lat = lat;
            this.crs = crs;
            return this;
        }

        public Builder address(String address) { this.address = address; return this; }
        public Builder gridId(String gridId) { this.gridId = gridId; return this; }

        /** A photo stored by the caller, with the SHA-256 (hex) of its bytes. */
        public Builder attachment(String url, String sha256) {
            attachments.add(Map.of("url", url, "sha256", sha256));
            return this;
        }

        public CaseCreateParams build() {
            return new CaseCreateParams(this);
        }
    }
}
