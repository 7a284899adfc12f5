package org.jiceng.platform.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.casework.domain.CaseStatus;
import org.jiceng.platform.casework.domain.PublicCases;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.NativeSql;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The public projection of cases, read with one statement per request (no reporter column is ever selected). */
@ApplicationScoped
public class SqlPublicCases implements PublicCases {
    private static final String COLUMNS = "select cast(c.id as text), c.number, c.category_code, k.name, c.status, "
            + "c.title, c.address, c.lon, c.lat, c.handler_kind, cast(c.handler_id as text), d.name, "
            + "c.resolution_note, c.reject_reason, c.reported_at, c.updated_at, case "
            + "when c.status = 'REPORTED' then c.accept_due_at when c.status = 'DISPATCHED' then c.acknowledge_due_at "
            + "when c.status in ('ACCEPTED', 'IN_PROGRESS', 'REOPENED') then c.resolve_due_at end "
            + "from case_record c join case_category k on k.tenant_id = c.tenant_id and k.code = c.category_code "
            + "left join department d on d.tenant_id = c.tenant_id and c.handler_kind = 'DEPARTMENT' "
            + "and d.id = c.handler_id where c.tenant_id = ?1 ";
    private static final String CLOSED = "('CLOSED', 'REJECTED', 'DUPLICATE')";

    @Inject
    TenantDatabase db;

    private Query sql(String statement) {
        return db.em().createNativeQuery(statement).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, db.boundTenant());
    }

    @Override
    public List<PublicCase> find(List<String> numbers, String categoryCode, Boolean closed, OffsetDateTime from,
                                 OffsetDateTime to, int offset, int limit) {
        StringBuilder where = new StringBuilder(COLUMNS).append("and c.reported_at >= ?2 and c.reported_at < ?3 ");
        if (!numbers.isEmpty()) {
            where.append("and c.number = any (cast(?4 as text[])) ");
        }
        if (categoryCode != null) {
            where.append("and c.category_code = ?5 ");
        }
        if (closed != null) {
            where.append(closed ? "and c.status in " + CLOSED + " " : "and c.status not in " + CLOSED + " ");
        }
        where.append("order by c.reported_at desc, c.id desc offset ?6 limit ?7");
        Query q = sql(where.toString()).setParameter(2, from).setParameter(3, to).setParameter(6, offset)
                .setParameter(7, limit);
        if (!numbers.isEmpty()) {
            q.setParameter(4, NativeSql.textArray(numbers));
        }
        if (categoryCode != null) {
            q.setParameter(5, categoryCode);
        }
        return rows(q);
    }

    @Override
    public Optional<PublicCase> byNumberOrId(String numberOrId) {
        boolean id = Ids.isWellFormed(numberOrId);
        Query q = sql(COLUMNS + (id ? "and c.id = cast(?2 as uuid)" : "and c.number = ?2"))
                .setParameter(2, id ? numberOrId.toLowerCase(java.util.Locale.ROOT) : numberOrId);
        return rows(q).stream().findFirst();
    }

    @Override
    public List<PublicUpdate> updates(OffsetDateTime from, OffsetDateTime to, int limit) {
        List<?> rows = sql("select cast(e.id as text), c.number, e.action, e.to_status, e.occurred_at from case_event e "
                + "join case_record c on c.tenant_id = e.tenant_id and c.id = e.case_id where e.tenant_id = ?1 "
                + "and e.occurred_at >= ?2 and e.occurred_at < ?3 order by e.occurred_at, e.id limit ?4")
                .setParameter(2, from).setParameter(3, to).setParameter(4, limit).getResultList();
        List<PublicUpdate> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new PublicUpdate((String) r[0], (String) r[1], (String) r[2], CaseStatus.valueOf((String) r[3]),
                    NativeSql.utc(r[4])));
        }
        return out;
    }

    private static List<PublicCase> rows(Query q) {
        List<PublicCase> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new PublicCase((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    CaseStatus.valueOf((String) r[4]), (String) r[5], (String) r[6], number(r[7]), number(r[8]),
                    (String) r[9], (String) r[10], (String) r[11], (String) r[12], (String) r[13],
                    NativeSql.utc(r[14]), NativeSql.utc(r[15]), NativeSql.utc(r[16])));
        }
        return out;
    }

    private static Double number(Object v) {
        return v == null ? null : ((Number) v).doubleValue();
    }
}
