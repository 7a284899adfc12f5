package org.jiceng.platform.commons.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jiceng.platform.commons.domain.BudgetLine;
import org.jiceng.platform.commons.domain.FundAccount;
import org.jiceng.platform.commons.domain.FundEntry;
import org.jiceng.platform.commons.domain.FundPeriod;
import org.jiceng.platform.commons.domain.FundRepository;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.util.List;
import java.util.Optional;

/** JPQL over the fund tables; EclipseLink adds the tenant criterion, RLS checks it again. */
@ApplicationScoped
public class JpaFundRepository implements FundRepository {
    @Inject
    TenantDatabase db;

    private EntityManager em() {
        return db.em();
    }

    private <T> Optional<T> find(Class<T> type, String id, boolean lock) {
        return db.find(type, id, lock);
    }

    @Override
    public void add(Object entity) {
        em().persist(entity);
    }

    @Override
    public void flush() {
        em().flush();
    }

    @Override
    public Optional<FundAccount> account(String id) {
        return find(FundAccount.class, id, false);
    }

    @Override
    public Optional<FundAccount> accountForUpdate(String id) {
        return find(FundAccount.class, id, true);
    }

    @Override
    public List<FundAccount> accounts(String afterId, int limit) {
        return em().createQuery("select a from FundAccount a where a.id > :after order by a.id", FundAccount.class)
                .setParameter("after", afterId == null ? "00000000-0000-0000-0000-000000000000" : afterId)
                .setMaxResults(limit + 1).getResultList();
    }

    @Override
    public Optional<FundPeriod> period(String accountId, String period) {
        return Optional.ofNullable(em().find(FundPeriod.class, new FundPeriod.Key(accountId, period)));
    }

    @Override
    public Optional<FundPeriod> periodForUpdate(String accountId, String period) {
        return Optional.ofNullable(em().find(FundPeriod.class, new FundPeriod.Key(accountId, period),
                LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<FundPeriod> periods(String accountId) {
        return em().createQuery("select p from FundPeriod p where p.accountId = :a order by p.period",
                FundPeriod.class).setParameter("a", accountId).getResultList();
    }

    @Override
    public List<FundPeriod> publishedPeriods(String accountId) {
        return em().createQuery("select p from FundPeriod p where p.accountId = :a and p.state = :s order by "
                + "p.period", FundPeriod.class).setParameter("a", accountId)
                .setParameter("s", FundPeriod.State.PUBLISHED).getResultList();
    }

    @Override
    public Optional<FundEntry> entry(String id) {
        return find(FundEntry.class, id, false);
    }

    @Override
    public Optional<FundEntry> entryForUpdate(String id) {
        return find(FundEntry.class, id, true);
    }

    @Override
    public Optional<FundEntry> reversalOf(String entryId) {
        return em().createQuery("select e from FundEntry e where e.reversesEntryId = :id", FundEntry.class)
                .setParameter("id", entryId).getResultStream().findFirst();
    }

    @Override
    public List<FundEntry> entries(String accountId, String period) {
        return em().createQuery("select e from FundEntry e where e.accountId = :a and e.period = :p order by e.seq",
                FundEntry.class).setParameter("a", accountId).setParameter("p", period).getResultList();
    }

    @Override
    public List<FundEntry> entries(String accountId, long afterSeq, int limit) {
        return em().createQuery("select e from FundEntry e where e.accountId = :a and e.seq > :s order by e.seq",
                FundEntry.class).setParameter("a", accountId).setParameter("s", afterSeq).setMaxResults(limit + 1)
                .getResultList();
    }

    @Override
    public long nextSeq(String accountId) {
        Long max = em().createQuery("select max(e.seq) from FundEntry e where e.accountId = :a", Long.class)
                .setParameter("a", accountId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Override
    public Optional<BudgetLine> budgetLine(String id) {
        return find(BudgetLine.class, id, false);
    }

    @Override
    public List<BudgetLine> budgetLines(String accountId) {
        return em().createQuery("select b from BudgetLine b where b.accountId = :a order by b.year, b.name",
                BudgetLine.class).setParameter("a", accountId).getResultList();
    }
}
