package org.jiceng.platform.party.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jiceng.platform.party.domain.PartyMember;
import org.jiceng.platform.party.domain.PartyOrganization;
import org.jiceng.platform.party.domain.PartyRepository;
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
    public void add(Object entity) {
        em().persist(entity);
    }

    @Override
    public void flush() {
        em().flush();
    }
}
