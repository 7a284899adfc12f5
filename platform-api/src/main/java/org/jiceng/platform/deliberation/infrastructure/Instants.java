package org.jiceng.platform.deliberation.infrastructure;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Timestamps as the JDBC driver hands them back from native queries. */
final class Instants {
    private Instants() {
    }

    static OffsetDateTime of(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
