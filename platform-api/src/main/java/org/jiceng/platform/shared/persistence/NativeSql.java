package org.jiceng.platform.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.persistence.config.QueryHints;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Native SQL through the tenant's entity manager (row-level security applies), with positional parameters. */
public final class NativeSql {
    private NativeSql() {
    }

    /** {@code sql} with {@code ?1}, {@code ?2} … bound to {@code params} in order. */
    public static Query query(EntityManager em, String sql, Object... params) {
        Query q = em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q;
    }

    /** A query of one text column. */
    @SuppressWarnings("unchecked")
    public static List<String> strings(Query q) {
        return (List<String>) q.getResultList();
    }

    /** A query of (text, count) rows, as a map ordered by the text. */
    public static Map<String, Long> counts(Query q) {
        Map<String, Long> out = new TreeMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.put((String) r[0], number(r[1]));
        }
        return out;
    }

    public static long number(Object o) {
        return ((Number) o).longValue();
    }

    /** A PostgreSQL array literal of text values, quoted and escaped, to bind as {@code cast(?n as text[])}. */
    public static String textArray(java.util.Collection<String> values) {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (String v : values) {
            b.append(first ? "" : ",").append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
            first = false;
        }
        return b.append('}').toString();
    }

    /** A timestamp column of a native query's row, whichever type the driver handed back, in UTC. */
    public static java.time.OffsetDateTime utc(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.withOffsetSameInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return java.time.OffsetDateTime.parse(value.toString());
    }
}
