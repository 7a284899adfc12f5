package org.jiceng.platform.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.casework.domain.CaseStatistics;
import org.jiceng.platform.casework.domain.GroupCounts;
import org.jiceng.platform.grid.domain.GridLevel;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;

/**
 * One aggregate query: each node of the subtree is given its group (the ancestor at the group's level, found among
 * the ids its {@code path} lists), and the cases are counted per group with {@code filter} clauses. The work grows
 * with the subtree's nodes times their depth, never with groups times nodes. Groups without cases are listed too,
 * with zeros.
 */
@ApplicationScoped
public class SqlCaseStatistics implements CaseStatistics {
    private static final String ACCEPTED_IN_PERIOD = "c.accepted_at >= ?1 and c.accepted_at < ?2";
    private static final String REPORTED_IN_PERIOD = "c.reported_at >= ?1 and c.reported_at < ?2";

    @Inject
    TenantDatabase db;

    @Override
    public List<GroupCounts> countByGroup(GridLevel level, Optional<String> withinPath, Optional<String> category,
                                          OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
        String sql = "with " + groupCte(withinPath.isPresent(), "?4", "?6") + " select cast(g.id as text), g.code, g.name,"
                + " count(c.id) filter (where " + REPORTED_IN_PERIOD + "),"
                + " count(c.id) filter (where " + REPORTED_IN_PERIOD + " and c.status = 'REJECTED'),"
                + " count(c.id) filter (where " + ACCEPTED_IN_PERIOD + "),"
                + " count(c.id) filter (where " + ACCEPTED_IN_PERIOD + " and c.status = 'CLOSED'),"
                + " count(c.id) filter (where " + ACCEPTED_IN_PERIOD + " and c.acknowledge_due_at is not null"
                + "   and (c.acknowledged_at is not null or c.acknowledge_due_at < ?3)),"
                + " count(c.id) filter (where " + ACCEPTED_IN_PERIOD + " and c.acknowledged_at <= c.acknowledge_due_at),"
                + " count(c.id) filter (where " + ACCEPTED_IN_PERIOD + " and c.evaluation_score is not null),"
                + " count(c.id) filter (where " + ACCEPTED_IN_PERIOD + " and c.evaluation_score >= 4),"
                + " coalesce(sum(c.rework_count) filter (where " + ACCEPTED_IN_PERIOD + "), 0),"
                + " avg(extract(epoch from (c.closed_at - c.reported_at)) / 3600.0) filter (where "
                + ACCEPTED_IN_PERIOD + " and c.status = 'CLOSED'),"
                + " count(c.id) filter (where (c.status = 'REPORTED' and c.accept_due_at < ?3)"
                + "   or (c.status = 'DISPATCHED' and c.acknowledge_due_at < ?3)"
                + "   or (c.status in ('ACCEPTED', 'IN_PROGRESS', 'REOPENED') and c.resolve_due_at < ?3)),"
                + " count(c.id) filter (where " + ACCEPTED_IN_PERIOD + " and exists (select 1 from case_event e"
                + "   where e.tenant_id = c.tenant_id and e.case_id = c.id and e.action = 'whistle'))"
                + " from " + GROUPS_AND_MEMBERS
                + " left join case_record c on c.tenant_id = m.tenant_id and c.grid_id = m.node_id"
                + (category.isPresent() ? " and c.category_code = ?5" : "")
                + " group by g.id, g.code, g.name order by g.code";
        Query q = db.em().createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, from).setParameter(2, to).setParameter(3, now).setParameter(4, level.name());
        category.ifPresent(c -> q.setParameter(5, c));
        withinPath.ifPresent(p -> q.setParameter(6, p + "%"));
        Map<String, Map<String, Long>> byStatus = breakdown("c.status", level, withinPath, category, from, to);
        Map<String, Map<String, Long>> byCategory = breakdown("c.category_code", level, withinPath, category, from,
                to);
        List<GroupCounts> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new GroupCounts((String) r[0], (String) r[1], (String) r[2], n(r[3]), n(r[4]), n(r[5]), n(r[6]),
                    n(r[7]), n(r[8]), n(r[9]), n(r[10]), n(r[11]),
                    r[12] == null ? null : Math.round(((Number) r[12]).doubleValue() * 100) / 100.0, n(r[13]),
                    n(r[14]), byStatus.getOrDefault((String) r[0], Map.of()),
                    byCategory.getOrDefault((String) r[0], Map.of())));
        }
        return out;
    }

    /** Cases reported in the period, per group and value of {@code column} (their state now, their category). */
    private Map<String, Map<String, Long>> breakdown(String column, GridLevel level, Optional<String> withinPath,
                                                     Optional<String> category, OffsetDateTime from,
                                                     OffsetDateTime to) {
        String sql = "with " + groupCte(withinPath.isPresent(), "?3", "?5")
                + " select cast(g.id as text), " + column + ", count(*) from " + GROUPS_AND_MEMBERS
                + " join case_record c on c.tenant_id = m.tenant_id and c.grid_id = m.node_id"
                + " where " + REPORTED_IN_PERIOD
                + (category.isPresent() ? " and c.category_code = ?4" : "")
                + " group by g.id, " + column;
        Query q = db.em().createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, from).setParameter(2, to).setParameter(3, level.name());
        category.ifPresent(c -> q.setParameter(4, c));
        withinPath.ifPresent(p -> q.setParameter(5, p + "%"));
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.computeIfAbsent((String) r[0], k -> new TreeMap<>()).put((String) r[1], n(r[2]));
        }
        return out;
    }

    /** {@code grp}: the group nodes at the level, within the subtree when one is given. */
    private static String groupCte(boolean within, String level, String path) {
        return "grp as (select g.tenant_id, g.id, g.code, g.name from grid_node g where g.level = " + level
                + (within ? " and g.path like " + path : "") + "),"
                + " member as (select n.tenant_id, n.id as node_id, a.id as group_id from grid_node n"
                + " cross join lateral unnest(cast(string_to_array(trim(both '/' from n.path), '/') as uuid[])) as a(id)"
                + " join grp on grp.tenant_id = n.tenant_id and grp.id = a.id"
                + (within ? " where n.path like " + path : "") + ")";
    }

    /** The groups {@code g}, each with its member nodes {@code m} (a group with none keeps one row of nulls). */
    private static final String GROUPS_AND_MEMBERS = "grp g left join member m on m.group_id = g.id";

    private static long n(Object v) {
        return v == null ? 0 : ((Number) v).longValue();
    }
}
