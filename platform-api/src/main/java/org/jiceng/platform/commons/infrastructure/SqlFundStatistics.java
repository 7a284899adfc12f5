package org.jiceng.platform.commons.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.commons.domain.FundStatistics;
import org.jiceng.platform.shared.persistence.NativeSql;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.util.List;

/** Published entries only: what residents can read is what the statistics count. */
@ApplicationScoped
public class SqlFundStatistics implements FundStatistics {
    @Inject
    TenantDatabase db;

    @Override
    @SuppressWarnings("unchecked")
    public List<Line> published(String subtreePath, String fromPeriod, String toPeriod) {
        List<Object[]> rows = NativeSql.query(db.em(), "select e.period, e.category, "
                + "coalesce(sum(e.amount_fen) filter (where e.direction = 'INCOME'), 0), "
                + "coalesce(sum(e.amount_fen) filter (where e.direction = 'EXPENSE'), 0) "
                + "from fund_entry e join fund_period p on p.tenant_id = e.tenant_id and p.account_id = e.account_id "
                + "and p.period = e.period and p.state = 'PUBLISHED' "
                + "join fund_account a on a.tenant_id = e.tenant_id and a.id = e.account_id "
                + "join grid_node n on n.tenant_id = a.tenant_id and n.id = a.grid_id "
                + "where n.path like ?1 and e.period >= ?2 and e.period <= ?3 "
                + "group by e.period, e.category order by e.period, e.category", subtreePath + "%", fromPeriod,
                toPeriod + "~").getResultList();
        return rows.stream().map(r -> new Line((String) r[0], (String) r[1], NativeSql.number(r[2]),
                NativeSql.number(r[3]))).toList();
    }
}
