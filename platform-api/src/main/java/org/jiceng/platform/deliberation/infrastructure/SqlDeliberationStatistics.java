package org.jiceng.platform.deliberation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.deliberation.domain.DeliberationStatistics;
import org.jiceng.platform.shared.persistence.NativeSql;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The figures in SQL, each placing a record in the subtree by its topic's venue node (grid_node.path). */
@ApplicationScoped
public class SqlDeliberationStatistics implements DeliberationStatistics {
    private static final String TOPICS_IN_SUBTREE = "select t.* from topic t join grid_node n on n.id = t.grid_id "
            + "and n.tenant_id = t.tenant_id where n.path like ?1";

    @Inject
    TenantDatabase db;

    @Override
    public Figures of(String subtreePath, LocalDate from, LocalDate to, LocalDate today) {
        var em = db.em();
        String like = subtreePath + "%";
        var start = from.atStartOfDay().atOffset(ZoneOffset.UTC);
        var end = to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        var byStage = NativeSql.counts(NativeSql.query(em, "select t.stage, count(*) from (" + TOPICS_IN_SUBTREE
                + ") t where t.proposed_at >= ?2 and t.proposed_at < ?3 group by t.stage", like, start, end));
        Object median = NativeSql.query(em, "select percentile_cont(0.5) within group (order by extract(epoch from "
                + "t.decided_at - t.proposed_at) / 86400) from (" + TOPICS_IN_SUBTREE + ") t where t.decided_at >= ?2 "
                + "and t.decided_at < ?3", like, start, end).getSingleResult();
        Object[] tasks = (Object[]) NativeSql.query(em, "select count(*) filter (where k.due_on between ?2 and ?3), "
                + "count(*) filter (where k.due_on between ?2 and ?3 and k.done_on <= k.due_on), "
                + "count(*) filter (where (k.done_on is null and k.due_on < ?4) or k.done_on > k.due_on) "
                + "from topic_task k join (" + TOPICS_IN_SUBTREE + ") t on t.id = k.topic_id", like, from, to, today)
                .getSingleResult();
        Object[] votes = (Object[]) NativeSql.query(em, "select coalesce(sum(v.yes_count + v.no_count + "
                + "v.abstain_count), 0), coalesce(sum(v.entitled), 0) from vote v join (" + TOPICS_IN_SUBTREE
                + ") t on t.id = v.topic_id where v.state = 'CLOSED' and v.closed_at >= ?2 and v.closed_at < ?3",
                like, start, end).getSingleResult();
        var meetings = NativeSql.counts(NativeSql.query(em, "select m.kind, count(*) from topic_meeting m join ("
                + TOPICS_IN_SUBTREE + ") t on t.id = m.topic_id where m.held_at >= ?2 and m.held_at < ?3 group by "
                + "m.kind", like, start, end));
        Object[] evaluations = (Object[]) NativeSql.query(em, "select count(*), count(*) filter (where e.score >= 4) "
                + "from topic_evaluation e join (" + TOPICS_IN_SUBTREE + ") t on t.id = e.topic_id where "
                + "e.created_at >= ?2 and e.created_at < ?3", like, start, end).getSingleResult();
        return new Figures(byStage, median == null ? null : ((Number) median).doubleValue(),
                NativeSql.number(tasks[0]), NativeSql.number(tasks[1]), NativeSql.number(tasks[2]),
                NativeSql.number(votes[0]), NativeSql.number(votes[1]), meetings, NativeSql.number(evaluations[0]),
                NativeSql.number(evaluations[1]));
    }
}
