package org.jiceng.platform.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.casework.domain.Assignment;
import org.jiceng.platform.casework.domain.CaseCategory;
import org.jiceng.platform.casework.domain.CaseScope;
import org.jiceng.platform.casework.domain.CaseEvent;
import org.jiceng.platform.casework.domain.CaseFilter;
import org.jiceng.platform.casework.domain.CaseRecord;
import org.jiceng.platform.casework.domain.CaseRepository;
import org.jiceng.platform.casework.domain.CaseStatus;
import org.jiceng.platform.casework.domain.Department;
import org.jiceng.platform.casework.domain.Summons;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.NativeSql;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.security.CallerContext;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JPQL over the casework tables; EclipseLink adds the tenant criterion to every statement, RLS checks it again. */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {
    @Inject
    TenantDatabase db;
    @Inject
    CallerContext callers;

    private EntityManager em() {
        return db.em();
    }

    @Override
    public Optional<CaseRecord> find(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(CaseRecord.class, id.toLowerCase(java.util.Locale.ROOT)))
                : Optional.empty();
    }

    @Override
    public Optional<CaseRecord> findForUpdate(String id) {
        return Ids.isWellFormed(id)
                ? Optional.ofNullable(em().find(CaseRecord.class, id.toLowerCase(java.util.Locale.ROOT), LockModeType.PESSIMISTIC_WRITE))
                : Optional.empty();
    }

    @Override
    public List<CaseRecord> list(CaseFilter f, CaseScope scope, OffsetDateTime now, String afterId, int limit) {
        StringBuilder jpql = new StringBuilder("select c from CaseRecord c where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        f.status().ifPresent(s -> {
            jpql.append(" and c.status = :status");
            params.put("status", s);
        });
        f.categoryCode().ifPresent(code -> {
            jpql.append(" and c.categoryCode = :category");
            params.put("category", code);
        });
        f.gridSubtreePath().ifPresent(path -> {
            jpql.append(" and c.gridId in (select n.id from GridNode n where n.path like :path)");
            params.put("path", path + "%"); // paths hold only ids and slashes
        });
        f.departmentId().ifPresent(d -> {
            jpql.append(" and c.handlerKind = org.jiceng.platform.casework.domain.HandlerKind.DEPARTMENT"
                    + " and c.handlerId = :department");
            params.put("department", d);
        });
        if (f.overdue() || f.dueWithinHours().isPresent()) {
            // the deadline of the step the case is in; closed, rejected and duplicate cases have none
            String window = f.overdue() ? " < :now" : " between :now and :soon";
            jpql.append(" and ((c.status = :reported and c.acceptDueAt").append(window).append(")")
                    .append(" or (c.status = :dispatched and c.acknowledgeDueAt").append(window).append(")")
                    .append(" or (c.status in :working and c.resolveDueAt").append(window).append("))");
            params.put("reported", CaseStatus.REPORTED);
            params.put("dispatched", CaseStatus.DISPATCHED);
            params.put("working", List.of(CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.REOPENED));
            params.put("now", now);
            if (!f.overdue()) {
                params.put("soon", now.plusHours(f.dueWithinHours().get()));
            }
        }
        f.reporterPhoneHash().ifPresent(hash -> { // the keyed hash, never the number
            jpql.append(" and c.reporterPhoneHash = :phoneHash");
            params.put("phoneHash", hash);
        });
        scope(scope, jpql, params);
        if (afterId != null) {
            jpql.append(" and c.id < :after");
            params.put("after", afterId);
        }
        jpql.append(" order by c.id desc");
        TypedQuery<CaseRecord> q = em().createQuery(jpql.toString(), CaseRecord.class).setMaxResults(limit);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** Narrows a case query to what the caller reaches. */
    private static void scope(CaseScope scope, StringBuilder jpql, Map<String, Object> params) {
        if (scope.all()) {
            return;
        }
        if (scope.reporterSubject().isPresent()) {
            jpql.append(" and c.reporterSubject = :subject");
            params.put("subject", scope.reporterSubject().get());
            return;
        }
        if (scope.reporterClient().isPresent()) {
            jpql.append(" and c.reporterClient = :client");
            params.put("client", scope.reporterClient().get());
            return;
        }
        List<String> reach = new ArrayList<>();
        if (!scope.gridPaths().isEmpty()) {
            List<String> likes = new ArrayList<>();
            for (int i = 0; i < scope.gridPaths().size(); i++) {
                likes.add("n.path like :scopePath" + i);
                params.put("scopePath" + i, scope.gridPaths().get(i) + "%");
            }
            reach.add("c.gridId in (select n.id from GridNode n where " + String.join(" or ", likes) + ")");
        }
        if (!scope.departmentIds().isEmpty()) {
            reach.add("(c.handlerKind = org.jiceng.platform.casework.domain.HandlerKind.DEPARTMENT"
                    + " and c.handlerId in :scopeDepartments)");
            reach.add("c.id in (select s.caseId from Summons s where s.departmentId in :scopeDepartments)");
            params.put("scopeDepartments", scope.departmentIds());
        }
        jpql.append(reach.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", reach) + ")");
    }

    @Override
    public List<String> summonedDepartments(String caseId) {
        return em().createQuery("select s.departmentId from Summons s where s.caseId = :id", String.class)
                .setParameter("id", caseId).getResultList();
    }

    @Override
    public List<Assignment> assignmentsOf(String subject) {
        return em().createQuery("select a from Assignment a where a.subject = :s", Assignment.class)
                .setParameter("s", subject).getResultList();
    }

    @Override
    public List<Assignment> assignments(Optional<String> subject, String afterId, int limit) {
        TypedQuery<Assignment> q = em().createQuery("select a from Assignment a where a.id > :after"
                + (subject.isPresent() ? " and a.subject = :s" : "") + " order by a.id", Assignment.class)
                .setParameter("after", afterId == null ? "00000000-0000-0000-0000-000000000000" : afterId)
                .setMaxResults(limit);
        subject.ifPresent(s -> q.setParameter("s", s));
        return q.getResultList();
    }

    @Override
    public Optional<Assignment> assignment(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(Assignment.class, id.toLowerCase(java.util.Locale.ROOT)))
                : Optional.empty();
    }

    @Override
    public void add(Assignment assignment) {
        em().persist(assignment);
    }

    @Override
    public void remove(Assignment assignment) {
        em().remove(assignment);
    }

    @Override
    public List<CaseEvent> timeline(String caseId) {
        return em().createQuery("select e from CaseEvent e where e.caseId = :id order by e.seq", CaseEvent.class)
                .setParameter("id", caseId).getResultList();
    }

    @Override
    public long nextNumber(int year) {
        // one row per tenant and year, incremented under its row lock: numbers are gap-free within a year
        Object n = em().createNativeQuery("insert into case_number_counter (tenant_id, year, last) values (?1, ?2, 1) "
                        + "on conflict (tenant_id, year) do update set last = case_number_counter.last + 1 returning last")
                .setParameter(1, callers.get().tenantId())
                .setParameter(2, year)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getSingleResult();
        return ((Number) n).longValue();
    }

    @Override
    public void add(CaseRecord record) {
        em().persist(record);
    }

    @Override
    public void add(CaseEvent event) {
        em().persist(event);
    }

    @Override
    public Optional<CaseCategory> category(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em().find(CaseCategory.class, code));
    }

    @Override
    public void lockCatalogueFill() {
        em().createNativeQuery("select cast(pg_advisory_xact_lock(hashtext('case_category:' || "
                        + "current_setting('app.tenant_id', true))) as text)")
                .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getSingleResult();
    }

    @Override
    public List<CaseCategory> categories() {
        return new ArrayList<>(em().createQuery("select c from CaseCategory c order by c.code", CaseCategory.class)
                .getResultList());
    }

    @Override
    public void add(CaseCategory category) {
        em().persist(category);
    }

    @Override
    public Optional<Department> department(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(Department.class, id.toLowerCase(java.util.Locale.ROOT)))
                : Optional.empty();
    }

    @Override
    public List<Department> departments(String afterCode, int limit) {
        return em().createQuery("select d from Department d where d.code > :after order by d.code", Department.class)
                .setParameter("after", afterCode == null ? "" : afterCode).setMaxResults(limit).getResultList();
    }

    @Override
    public boolean departmentCodeExists(String code) {
        return em().createQuery("select count(d) from Department d where d.code = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
    }

    @Override
    public void add(Department department) {
        em().persist(department);
    }

    @Override
    public void add(Summons summons) {
        em().persist(summons);
    }

    @Override
    public List<Summons> summonses(String caseId) {
        return em().createQuery("select s from Summons s where s.caseId = :id order by s.id", Summons.class)
                .setParameter("id", caseId).getResultList();
    }

    @Override
    public Optional<Summons> summonsForUpdate(String caseId, String summonsId) {
        if (!Ids.isWellFormed(summonsId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em().find(Summons.class, summonsId.toLowerCase(java.util.Locale.ROOT), LockModeType.PESSIMISTIC_WRITE))
                .filter(s -> s.caseId().equals(caseId));
    }

    @Override
    public void flush() {
        em().flush();
    }

    @Override
    public List<Due> stepsDueUnnoticed(String kind, OffsetDateTime from, OffsetDateTime to, int limit) {
        return due("select cast(c.id as text), cast(c.id as text), d.step, d.due from case_record c cross join lateral "
                + "(select case when c.status = 'REPORTED' then c.accept_due_at when c.status = 'DISPATCHED' "
                + "then c.acknowledge_due_at when c.status in ('ACCEPTED', 'IN_PROGRESS', 'REOPENED') "
                + "then c.resolve_due_at end as due, case when c.status = 'REPORTED' then 'accept' "
                + "when c.status = 'DISPATCHED' then 'acknowledge' else 'resolve' end as step) d "
                + "where c.tenant_id = ?1 and c.status in ('REPORTED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', "
                + "'REOPENED') and d.due >= ?2 and d.due < ?3 and not exists (select 1 from deadline_notice n "
                + "where n.tenant_id = ?1 and n.record_type = 'case' and n.record_id = c.id and n.kind = ?4 "
                + "and n.due_at = d.due) order by d.due limit ?5", kind, from, to, limit);
    }

    @Override
    public List<Due> summonsesDueUnnoticed(String kind, OffsetDateTime from, OffsetDateTime to, int limit) {
        return due("select cast(s.id as text), cast(s.case_id as text), 'summons', s.due_at from case_summons s "
                + "where s.tenant_id = ?1 and s.acknowledged_at is null and s.due_at >= ?2 and s.due_at < ?3 "
                + "and not exists (select 1 from deadline_notice n where n.tenant_id = ?1 and n.record_type = 'summons' "
                + "and n.record_id = s.id and n.kind = ?4 and n.due_at = s.due_at) order by s.due_at limit ?5",
                kind, from, to, limit);
    }

    private List<Due> due(String sql, String kind, OffsetDateTime from, OffsetDateTime to, int limit) {
        List<?> rows = em().createNativeQuery(sql).setHint(org.eclipse.persistence.config.QueryHints
                        .ALLOW_NATIVE_SQL_QUERY, true).setParameter(1, db.boundTenant()).setParameter(2, from)
                .setParameter(3, to).setParameter(4, kind).setParameter(5, limit).getResultList();
        List<Due> out = new java.util.ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new Due((String) r[0], (String) r[1], (String) r[2], NativeSql.utc(r[3])));
        }
        return out;
    }
}
