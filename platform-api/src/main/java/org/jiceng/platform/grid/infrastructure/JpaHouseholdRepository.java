package org.jiceng.platform.grid.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.grid.domain.Household;
import org.jiceng.platform.grid.domain.HouseholdReach;
import org.jiceng.platform.grid.domain.HouseholdRepository;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.util.List;
import java.util.Optional;

/** Households through JPA; the subtree query joins grid paths in SQL, confined to the tenant by RLS. */
@ApplicationScoped
public class JpaHouseholdRepository implements HouseholdRepository {
    @Inject
    TenantDatabase db;

    private EntityManager em() {
        return db.em();
    }

    @Override
    public Optional<Household> find(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(Household.class, id.toLowerCase(java.util.Locale.ROOT)))
                : Optional.empty();
    }

    @Override
    public boolean exists(String gridId, String address) {
        return em().createQuery("select count(h) from Household h where h.gridId = :g and h.address = :a", Long.class)
                .setParameter("g", gridId).setParameter("a", address).getSingleResult() > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Household> within(String path, HouseholdReach reach, String afterId, int limit) {
        List<String> ids = em().createNativeQuery("select cast(h.id as text) from household h join grid_node n on "
                        + "n.id = h.grid_id where n.path like ?1 and h.id > cast(?2 as uuid) and (?4 "
                        + "or exists (select 1 from unnest(cast(?5 as text[])) p where n.path like p || '%') "
                        + "or cast(h.id as text) = any(cast(?6 as text[]))) order by h.id limit ?3")
                .setParameter(1, path + "%").setParameter(2, afterId == null ? "00000000-0000-0000-0000-000000000000"
                        : afterId).setParameter(3, limit + 1).setParameter(4, reach.all())
                .setParameter(5, pgArray(reach.subtreePaths())).setParameter(6, pgArray(reach.householdIds()))
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
        return ids.isEmpty() ? List.of() : em().createQuery("select h from Household h where h.id in :ids order by "
                + "h.id", Household.class).setParameter("ids", ids).getResultList();
    }

    /** A PostgreSQL array literal of plain values (paths and uuids: no quotes, commas or braces inside). */
    private static String pgArray(List<String> values) {
        return values.stream().map(v -> '"' + v + '"').collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    @Override
    public void add(Household household) {
        em().persist(household);
    }

    @Override
    public void flush() {
        em().flush();
    }
}
