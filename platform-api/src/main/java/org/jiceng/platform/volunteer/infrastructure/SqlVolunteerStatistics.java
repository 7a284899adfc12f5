package org.jiceng.platform.volunteer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.volunteer.domain.VolunteerStatistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The volunteer read models in SQL: the leaderboard filters volunteers by the grid subtree of their home, which is
 * the grid context's table, so it lives here and only reads. Row-level security keeps it inside the tenant.
 */
@ApplicationScoped
public class SqlVolunteerStatistics implements VolunteerStatistics {
    @Inject
    TenantDatabase db;

    @Override
    public List<LeaderboardRow> leaderboard(java.time.OffsetDateTime from, java.time.OffsetDateTime to,
                                            Optional<String> gridPath, Optional<String> teamId, int limit) {
        var q = em().createNativeQuery("select cast(v.id as text), v.certificate_no,"
                        + " sum(case when t.reverses_id is null then t.amount else -t.amount end) as earned,"
                        + " count(*) filter (where t.reverses_id is null) - count(*) filter (where t.reverses_id is not null)"
                        + " from volunteer v"
                        + " join points_account a on a.tenant_id = v.tenant_id and a.volunteer_id = v.id"
                        + " join points_transaction t on t.tenant_id = a.tenant_id and " + JpaVolunteerRepository.EARNED
                        + " where t.created_at >= ?1 and t.created_at < ?2"
                        + (gridPath.isPresent() ? " and v.home_grid_id in (select n.id from grid_node n"
                        + " where n.tenant_id = v.tenant_id and n.path like ?3)" : "")
                        + (teamId.isPresent() ? " and v.id in (select m.volunteer_id from volunteer_team_member m"
                        + " where m.tenant_id = v.tenant_id and m.team_id = cast(?4 as uuid))" : "")
                        + " group by v.id, v.certificate_no order by earned desc, v.certificate_no limit " + limit)
                .setParameter(1, from).setParameter(2, to).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        gridPath.ifPresent(p -> q.setParameter(3, p + "%"));
        teamId.ifPresent(t -> q.setParameter(4, t));
        List<LeaderboardRow> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new LeaderboardRow((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()));
        }
        return rows;
    }

    @Override
    public List<MonthHours> hoursByMonth(java.time.OffsetDateTime from, java.time.OffsetDateTime to, String zone,
                                         Optional<String> gridPath) {
        var q = em().createNativeQuery("select to_char(coalesce(s.checked_in_at, a.starts_at) at time zone ?3,"
                        + " 'YYYY-MM') as month, count(*), count(distinct s.volunteer_id),"
                        + " coalesce(sum(s.verified_minutes), 0)"
                        + " from activity_signup s join activity a on a.tenant_id = s.tenant_id and a.id = s.activity_id"
                        + " where s.status = 'VERIFIED' and coalesce(s.checked_in_at, a.starts_at) >= ?1"
                        + " and coalesce(s.checked_in_at, a.starts_at) < ?2"
                        + (gridPath.isPresent() ? " and a.grid_id in (select n.id from grid_node n"
                        + " where n.tenant_id = a.tenant_id and n.path like ?4)" : "")
                        + " group by 1 order by 1")
                .setParameter(1, from).setParameter(2, to).setParameter(3, zone)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        gridPath.ifPresent(p -> q.setParameter(4, p + "%"));
        List<MonthHours> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new MonthHours(java.time.YearMonth.parse((String) r[0]), ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), ((Number) r[3]).longValue()));
        }
        return out;
    }

    private EntityManager em() {
        return db.em();
    }
}
