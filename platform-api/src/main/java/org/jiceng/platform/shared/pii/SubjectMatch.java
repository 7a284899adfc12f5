package org.jiceng.platform.shared.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL condition that picks a person's rows out of one table, built from the identifiers a request gives and
 * the columns the table keeps them in (a column may be absent: pass null). Values are bound, never spliced.
 */
public final class SubjectMatch {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code column = value} when both are given. */
    public SubjectMatch or(String column, String value) {
        if (column != null && value != null) {
            conditions.add(column + " = ?" + (values.size() + 1));
            values.add(value);
        }
        return this;
    }

    /** Adds {@code a = valueA and b = valueB} when all are given. */
    public SubjectMatch orBoth(String columnA, String valueA, String columnB, String valueB) {
        if (columnA != null && valueA != null && columnB != null && valueB != null) {
            conditions.add("(" + columnA + " = ?" + (values.size() + 1) + " and " + columnB + " = ?"
                    + (values.size() + 2) + ")");
            values.add(valueA);
            values.add(valueB);
        }
        return this;
    }

    /** Whether no identifier applies to this table: then no row matches and nothing need be queried. */
    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** The condition, parenthesised; parameters numbered from 1. */
    public String sql() {
        return "(" + String.join(" or ", conditions) + ")";
    }

    public List<Object> values() {
        return List.copyOf(values);
    }

    /** The ids of the rows of {@code table} that match, in the caller's tenant transaction. */
    @SuppressWarnings("unchecked")
    public List<String> ids(jakarta.persistence.EntityManager em, String table) {
        return ((List<Object>) bind(em.createNativeQuery("select cast(id as text) from " + table + " where " + sql()))
                .getResultList()).stream().map(String::valueOf).toList();
    }

    /** Runs an update in which {@code :ids} stands for the given row ids; returns the rows changed. */
    public static int updateIds(jakarta.persistence.EntityManager em, String sql, List<String> ids) {
        return em.createNativeQuery(sql.replace(":ids", "cast(string_to_array(?1, ',') as uuid[])"))
                .setParameter(1, String.join(",", ids))
                .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true).executeUpdate();
    }

    /** Binds the values to a native query whose condition this is, and allows it past EclipseLink's guard. */
    public jakarta.persistence.Query bind(jakarta.persistence.Query q) {
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
        }
        return q.setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    }
}
