package org.jiceng.platform.party.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jiceng.platform.party.domain.PartyMember;
import org.jiceng.platform.party.domain.PartyOrganization;
import org.jiceng.platform.party.domain.PartyRepository;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.util.List;
import java.util.Optional;

/** JPQL over the Party tables; EclipseLink adds the tenant criterion, RLS checks it again. */
@ApplicationScoped
public class JpaPartyRepository implements PartyRepository {
    @Inject
    TenantDatabase db;

    private EntityManager em() {
        return db.em();
    }

    @Override
    public Optional<PartyOrganization> organization(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(PartyOrganization.class, id.toLowerCase()))
                : Optional.empty();
    }

    @Override
    public List<PartyOrganization> subtree(PartyOrganization o) {
        return em().createQuery("select p from PartyOrganization p where p.path like :path and p.id <> :id "
                        + "order by p.path", PartyOrganization.class)
                .setParameter("path", o.path() + "%").setParameter("id", o.id()).getResultList();
    }

    @Override
    public List<PartyOrganization> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select p from PartyOrganization p where p.id in :ids order by p.path",
                PartyOrganization.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<PartyOrganization> tops() {
        return em().createQuery("select p from PartyOrganization p where p.parentId is null order by p.name",
                PartyOrganization.class).getResultList();
    }

    @Override
    public Optional<PartyMember> member(String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(PartyMember.class, id.toLowerCase()))
                : Optional.empty();
    }

    @Override
    public boolean idNumberTaken(String hash) {
        return em().createQuery("select count(m) from PartyMember m where m.idNumberHash = :h", Long.class)
                .setParameter("h", hash).getSingleResult() > 0;
    }

    @Override
    public List<PartyMember> members(String organizationId) {
        return em().createQuery("select m from PartyMember m where m.organizationId = :o order by m.id",
                PartyMember.class).setParameter("o", organizationId).getResultList();
    }

    @Override
    public void cover(String organizationId, List<String> gridIds) {
        em().createNativeQuery("delete from party_organization_grid where organization_id = cast(?1 as uuid)")
                .setParameter(1, organizationId).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).executeUpdate();
        for (String grid : gridIds) {
            em().createNativeQuery("insert into party_organization_grid (tenant_id, organization_id, grid_id) values "
                            + "(current_setting('app.tenant_id', true), cast(?1 as uuid), cast(?2 as uuid))")
                    .setParameter(1, organizationId).setParameter(2, grid)
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> coveredGrids(String organizationId) {
        return (List<String>) em().createNativeQuery("select cast(grid_id as text) from party_organization_grid "
                        + "where organization_id = cast(?1 as uuid) order by grid_id")
                .setParameter(1, organizationId).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getResultList();
    }

    @Override
    public PartyStats stats(String gridPath) {
        String inSubtree = "select n.id from grid_node n where n.path like ?1";
        String orgs = "select distinct c.organization_id from party_organization_grid c where c.grid_id in ("
                + inSubtree + ")";
        java.util.Map<String, Long> byType = new java.util.TreeMap<>();
        for (Object row : em().createNativeQuery("select o.type, count(*) from party_organization o where o.id in ("
                        + orgs + ") and o.dissolved_on is null group by o.type")
                .setParameter(1, gridPath + "%").setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getResultList()) {
            Object[] r = (Object[]) row;
            byType.put((String) r[0], ((Number) r[1]).longValue());
        }
        java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
        for (Object row : em().createNativeQuery("select m.kind, count(*) from party_member m where m.organization_id "
                        + "in (" + orgs + ") group by m.kind")
                .setParameter(1, gridPath + "%").setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getResultList()) {
            Object[] r = (Object[]) row;
            byKind.put((String) r[0], ((Number) r[1]).longValue());
        }
        Object[] c = (Object[]) em().createNativeQuery("select"
                        + " count(*) filter (where n.level = 'COMPOUND'),"
                        + " count(*) filter (where n.level = 'COMPOUND' and exists (select 1 from party_organization_grid g"
                        + "   join party_organization o on o.tenant_id = g.tenant_id and o.id = g.organization_id"
                        + "   where g.grid_id = n.id and o.dissolved_on is null)),"
                        + " count(*) filter (where n.level = 'GRID'),"
                        + " count(*) filter (where n.level = 'GRID' and exists (select 1 from party_organization_grid g"
                        + "   join party_organization o on o.tenant_id = g.tenant_id and o.id = g.organization_id"
                        + "   where g.grid_id = n.id and o.dissolved_on is null))"
                        + " from grid_node n where n.path like ?1")
                .setParameter(1, gridPath + "%").setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getSingleResult();
        return new PartyStats(byType, byKind, ((Number) c[0]).longValue(), ((Number) c[1]).longValue(),
                ((Number) c[2]).longValue(), ((Number) c[3]).longValue());
    }

    @Override
    public void add(Object entity) {
        em().persist(entity);
    }

    @Override
    public void flush() {
        em().flush();
    }
}
