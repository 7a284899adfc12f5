package org.jiceng.platform.volunteer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.volunteer.domain.AccountKind;
import org.jiceng.platform.volunteer.domain.Activity;
import org.jiceng.platform.volunteer.domain.ActivitySignup;
import org.jiceng.platform.volunteer.domain.PointsAccount;
import org.jiceng.platform.volunteer.domain.PointsEntry;
import org.jiceng.platform.volunteer.domain.PointsTransaction;
import org.jiceng.platform.volunteer.domain.Redemption;
import org.jiceng.platform.volunteer.domain.Reward;
import org.jiceng.platform.volunteer.domain.SignupStatus;
import org.jiceng.platform.volunteer.domain.Volunteer;
import org.jiceng.platform.volunteer.domain.VolunteerRepository;
import org.jiceng.platform.volunteer.domain.VolunteerTeam;
import org.jiceng.platform.volunteer.domain.Wish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JPQL over the volunteer and ledger tables; EclipseLink adds the tenant criterion, RLS checks it again. */
@ApplicationScoped
public class JpaVolunteerRepository implements VolunteerRepository {
    @Inject
    TenantDatabase db;

    private EntityManager em() {
        return db.em();
    }

    @Override
    public Optional<Volunteer> volunteer(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(Volunteer.class, id.toLowerCase(java.util.Locale.ROOT)))
                : Optional.empty();
    }

    @Override
    public List<Volunteer> volunteers(String afterId, int limit) {
        return em().createQuery("select v from Volunteer v where v.id > :after order by v.id", Volunteer.class)
                .setParameter("after", afterId == null ? "00000000-0000-0000-0000-000000000000" : afterId)
                .setMaxResults(limit).getResultList();
    }


    @Override
    public void add(Object entity) {
        em().persist(entity);
    }

    @Override
    public PointsAccount systemAccount(AccountKind kind) {
        List<PointsAccount> found = em().createQuery("select a from PointsAccount a where a.kind = :k "
                + "and a.volunteerId is null", PointsAccount.class).setParameter("k", kind).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        // first use: create it, tolerating a concurrent creator (the unique index decides, we re-read)
        em().createNativeQuery("insert into points_account (tenant_id, id, kind, volunteer_id, balance) "
                        + "values (current_setting('app.tenant_id', true), ?1, ?2, null, 0) on conflict do nothing")
                .setParameter(1, Ids.newId()).setParameter(2, kind.name())
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).executeUpdate();
        return em().createQuery("select a from PointsAccount a where a.kind = :k and a.volunteerId is null",
                PointsAccount.class).setParameter("k", kind).getSingleResult();
    }

    @Override
    public Optional<PointsAccount> accountOfVolunteer(String volunteerId) {
        return em().createQuery("select a from PointsAccount a where a.volunteerId = :v", PointsAccount.class)
                .setParameter("v", volunteerId).getResultStream().findFirst();
    }

    @Override
    public List<PointsAccount> lockAccounts(List<String> ids) {
        List<String> ordered = new ArrayList<>(ids);
        ordered.sort(String::compareTo);
        List<PointsAccount> locked = new ArrayList<>();
        for (String id : ordered) {
            PointsAccount a = em().find(PointsAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
            em().refresh(a); // the balance as the lock holder left it
            locked.add(a);
        }
        return locked;
    }

    @Override
    public Optional<PointsTransaction> transaction(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(PointsTransaction.class, id.toLowerCase(java.util.Locale.ROOT)))
                : Optional.empty();
    }

    @Override
    public boolean reversed(String transactionId) {
        return em().createQuery("select count(t) from PointsTransaction t where t.reversesId = :id", Long.class)
                .setParameter("id", transactionId).getSingleResult() > 0;
    }

    @Override
    public List<PointsEntry> statement(String accountId, String afterId, int limit) {
        var q = em().createQuery("select e from PointsEntry e where e.accountId = :a"
                        + (afterId == null ? "" : " and e.id < :after") + " order by e.id desc", PointsEntry.class)
                .setParameter("a", accountId)
                .setMaxResults(limit);
        if (afterId != null) {
            q.setParameter("after", afterId);
        }
        return q.getResultList();
    }

    @Override
    public LedgerState ledgerState() {
        Object[] r = (Object[]) em().createNativeQuery("select count(*), count(*) filter (where a.balance <> "
                        + "coalesce(s.total, 0)), coalesce(sum(s.total), 0) from points_account a left join "
                        + "(select account_id, sum(amount) total from points_entry group by account_id) s "
                        + "on s.account_id = a.id")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getSingleResult();
        return new LedgerState(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue());
    }

    @Override
    public Optional<Reward> reward(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(Reward.class, id.toLowerCase(java.util.Locale.ROOT))) : Optional.empty();
    }

    @Override
    public Optional<Reward> rewardForUpdate(String id) {
        return Ids.isWellFormed(id)
                ? Optional.ofNullable(em().find(Reward.class, id.toLowerCase(java.util.Locale.ROOT), LockModeType.PESSIMISTIC_WRITE))
                : Optional.empty();
    }

    @Override
    public List<Reward> rewards(String afterId, int limit) {
        return em().createQuery("select r from Reward r where r.id > :after order by r.id", Reward.class)
                .setParameter("after", after(afterId)).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Redemption> redemption(String rewardId, String id) {
        if (!Ids.isWellFormed(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em().find(Redemption.class, id.toLowerCase(java.util.Locale.ROOT)))
                .filter(r -> r.rewardId().equals(rewardId));
    }

    @Override
    public List<Activity> activities(String afterId, int limit) {
        return em().createQuery("select a from Activity a where a.id > :after order by a.id", Activity.class)
                .setParameter("after", after(afterId)).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Wish> wishes(Optional<String> residentSubject, Optional<Wish.Status> status, String afterId,
                             int limit) {
        var q = em().createQuery("select w from Wish w where w.id > :after"
                + (residentSubject.isPresent() ? " and w.residentSubject = :resident" : "")
                + (status.isPresent() ? " and w.status = :status" : "") + " order by w.id", Wish.class)
                .setParameter("after", after(afterId));
        residentSubject.ifPresent(s -> q.setParameter("resident", s));
        status.ifPresent(s -> q.setParameter("status", s));
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<VolunteerTeam> teamForUpdate(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(VolunteerTeam.class,
                id.toLowerCase(java.util.Locale.ROOT), LockModeType.PESSIMISTIC_WRITE)) : Optional.empty();
    }

    @Override
    public Optional<org.jiceng.platform.volunteer.domain.PointsMultiplier> multiplierForUpdate(String code) {
        return code == null || code.length() > 40 ? Optional.empty() : Optional.ofNullable(em().find(
                org.jiceng.platform.volunteer.domain.PointsMultiplier.class, code, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Ids are UUIDs, which PostgreSQL compares as such: the first page starts after the nil UUID. */
    private static String after(String afterId) {
        return afterId == null ? "00000000-0000-0000-0000-000000000000" : afterId;
    }

    @Override
    public Optional<Activity> activity(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(Activity.class, id.toLowerCase(java.util.Locale.ROOT)))
                : Optional.empty();
    }

    @Override
    public Optional<Activity> activityForUpdate(String id) {
        return Ids.isWellFormed(id)
                ? Optional.ofNullable(em().find(Activity.class, id.toLowerCase(java.util.Locale.ROOT), LockModeType.PESSIMISTIC_WRITE))
                : Optional.empty();
    }

    @Override
    public Optional<ActivitySignup> signupForUpdate(String activityId, String signupId) {
        if (!Ids.isWellFormed(signupId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em().find(ActivitySignup.class, signupId.toLowerCase(java.util.Locale.ROOT),
                LockModeType.PESSIMISTIC_WRITE)).filter(s -> s.activityId().equals(activityId));
    }

    @Override
    public Optional<ActivitySignup> signupOf(String activityId, String volunteerId) {
        return em().createQuery("select s from ActivitySignup s where s.activityId = :a and s.volunteerId = :v",
                ActivitySignup.class).setParameter("a", activityId).setParameter("v", volunteerId)
                .getResultStream().findFirst();
    }

    @Override
    public long activeSignups(String activityId) {
        return em().createQuery("select count(s) from ActivitySignup s where s.activityId = :a and s.status <> :c",
                Long.class).setParameter("a", activityId).setParameter("c", SignupStatus.CANCELLED).getSingleResult();
    }

    @Override
    public List<ActivitySignup> signups(String activityId, String afterId, int limit) {
        return em().createQuery("select s from ActivitySignup s where s.activityId = :a and s.id > :after "
                        + "order by s.id", ActivitySignup.class).setParameter("a", activityId)
                .setParameter("after", after(afterId)).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Wish> wishForUpdate(String id) {
        return Ids.isWellFormed(id)
                ? Optional.ofNullable(em().find(Wish.class, id.toLowerCase(java.util.Locale.ROOT), LockModeType.PESSIMISTIC_WRITE))
                : Optional.empty();
    }

    @Override
    public Optional<Wish> wish(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(Wish.class, id.toLowerCase(java.util.Locale.ROOT))) : Optional.empty();
    }

    /** Credits that pay for service, and the reversals of such credits (counted negative). */
    /** The transactions that count as points earned for service by account a: credits and their reversals. */
    static final String EARNED = "((t.kind in ('ACTIVITY_CREDIT', 'WISH_CREDIT') and t.to_account = a.id)"
            + " or (t.kind = 'REVERSAL' and t.from_account = a.id and exists (select 1 from points_transaction o"
            + " where o.tenant_id = t.tenant_id and o.id = t.reverses_id and o.kind in ('ACTIVITY_CREDIT', 'WISH_CREDIT'))))";

    @Override
    public ServiceRecord serviceRecord(String volunteerId) {
        Object[] r = (Object[]) em().createNativeQuery("select"
                        + " (select count(*) from activity_signup s where s.volunteer_id = cast(?1 as uuid)"
                        + "   and s.status = 'VERIFIED')"
                        + " + (select count(*) from wish w where w.volunteer_id = cast(?1 as uuid)"
                        + "   and w.status = 'CONFIRMED'),"
                        + " (select coalesce(sum(s.verified_minutes), 0) from activity_signup s"
                        + "   where s.volunteer_id = cast(?1 as uuid) and s.status = 'VERIFIED'),"
                        + " (select coalesce(sum(case when t.reverses_id is null then t.amount else -t.amount end), 0)"
                        + "   from points_account a join points_transaction t on t.tenant_id = a.tenant_id and " + EARNED
                        + "   where a.volunteer_id = cast(?1 as uuid))")
                .setParameter(1, volunteerId).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getSingleResult();
        return new ServiceRecord(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue());
    }

    @Override
    public Optional<org.jiceng.platform.volunteer.domain.PointsMultiplier> multiplier(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(em().find(org.jiceng.platform.volunteer.domain.PointsMultiplier.class, code));
    }

    @Override
    public List<org.jiceng.platform.volunteer.domain.PointsMultiplier> multipliers(String afterCode, int limit) {
        return em().createQuery("select m from PointsMultiplier m where m.code > :after order by m.code",
                org.jiceng.platform.volunteer.domain.PointsMultiplier.class).setParameter("after", afterCode == null ? "" : afterCode)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public java.util.Map<String, Long> expirable(java.time.OffsetDateTime cutoff) {
        List<?> rows = em().createNativeQuery("select cast(a.id as text), sum(e.amount) filter (where e.amount > 0 "
                        + "and e.created_at < ?1) + coalesce(sum(e.amount) filter (where e.amount < 0), 0) as left_over "
                        + "from points_account a join points_entry e on e.tenant_id = a.tenant_id and e.account_id = a.id "
                        + "where a.kind = 'VOLUNTEER' group by a.id having sum(e.amount) filter (where e.amount > 0 "
                        + "and e.created_at < ?1) + coalesce(sum(e.amount) filter (where e.amount < 0), 0) > 0")
                .setParameter(1, cutoff).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getResultList();
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }

    @Override
    public Optional<VolunteerTeam> team(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(VolunteerTeam.class, id.toLowerCase(java.util.Locale.ROOT)))
                : Optional.empty();
    }

    @Override
    public List<VolunteerTeam> teams(String afterId, int limit) {
        return em().createQuery("select t from VolunteerTeam t where t.id > :after order by t.id", VolunteerTeam.class)
                .setParameter("after", after(afterId)).setMaxResults(limit).getResultList();
    }

    @Override
    public boolean isMember(String teamId, String volunteerId) {
        return em().createQuery("select count(m) from TeamMember m where m.teamId = :t and m.volunteerId = :v",
                Long.class).setParameter("t", teamId).setParameter("v", volunteerId).getSingleResult() > 0;
    }

    @Override
    public List<String> members(String teamId) {
        return em().createQuery("select m.volunteerId from TeamMember m where m.teamId = :t order by m.joinedAt",
                String.class).setParameter("t", teamId).getResultList();
    }

    @Override
    public void flush() {
        em().flush();
    }

    @Override
    public void lockExpiryRuns() {
        em().createNativeQuery("select cast(pg_advisory_xact_lock(hashtext('points_expiry:' || "
                        + "current_setting('app.tenant_id', true))) as text)")
                .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getSingleResult();
    }

    @Override
    public long nextCertificateNumber(int year) {
        Object n = em().createNativeQuery("insert into volunteer_certificate_counter (tenant_id, year, last) "
                        + "values (current_setting('app.tenant_id'), ?1, 1) on conflict (tenant_id, year) "
                        + "do update set last = volunteer_certificate_counter.last + 1 returning last")
                .setParameter(1, year)
                .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getSingleResult();
        return ((Number) n).longValue();
    }
}
