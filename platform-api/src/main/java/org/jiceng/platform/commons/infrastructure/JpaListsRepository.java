package org.jiceng.platform.commons.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jiceng.platform.commons.domain.Booking;
import org.jiceng.platform.commons.domain.CommunityResource;
import org.jiceng.platform.commons.domain.ListsRepository;
import org.jiceng.platform.commons.domain.Need;
import org.jiceng.platform.commons.domain.Project;
import org.jiceng.platform.commons.domain.ProjectMilestone;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.NativeSql;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** JPQL over the three lists; EclipseLink adds the tenant criterion, RLS checks it again. */
@ApplicationScoped
public class JpaListsRepository implements ListsRepository {
    private static final String NO_ID = "00000000-0000-0000-0000-000000000000";

    @Inject
    TenantDatabase db;

    private EntityManager em() {
        return db.em();
    }

    private <T> Optional<T> find(Class<T> type, String id, boolean lock) {
        return db.find(type, id, lock);
    }

    private static String after(String afterId) {
        return afterId == null ? NO_ID : afterId;
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
    public Optional<CommunityResource> resource(String id) {
        return find(CommunityResource.class, id, false);
    }

    @Override
    public Optional<CommunityResource> resourceForUpdate(String id) {
        return find(CommunityResource.class, id, true);
    }

    @Override
    public List<CommunityResource> resources(Collection<String> gridIds, String afterId, int limit) {
        return em().createQuery("select r from CommunityResource r where r.gridId in :g and r.id > :after order by "
                + "r.id", CommunityResource.class).setParameter("g", List.copyOf(gridIds))
                .setParameter("after", after(afterId)).setMaxResults(limit + 1).getResultList();
    }

    @Override
    public List<CommunityResource> resourcesByIds(Collection<String> ids) {
        List<String> wellFormed = ids.stream().filter(Ids::isWellFormed).map(i -> i.toLowerCase(Locale.ROOT)).toList();
        if (wellFormed.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select r from CommunityResource r where r.id in :ids", CommunityResource.class)
                .setParameter("ids", wellFormed).getResultList();
    }

    @Override
    public List<Booking> bookings(String resourceId) {
        return em().createQuery("select b from Booking b where b.resourceId = :r order by b.startsAt, b.id",
                Booking.class).setParameter("r", resourceId).getResultList();
    }

    @Override
    public Optional<Booking> booking(String id) {
        return find(Booking.class, id, true);
    }

    @Override
    public Optional<Need> need(String id) {
        return find(Need.class, id, false);
    }

    @Override
    public Optional<Need> needForUpdate(String id) {
        return find(Need.class, id, true);
    }

    @Override
    public List<Need> needs(Collection<String> gridIds, Optional<Need.Status> status, String afterId, int limit) {
        return em().createQuery("select n from Need n where n.gridId in :g and n.id > :after and (:any = true or "
                + "n.status = :s) order by n.id", Need.class).setParameter("g", List.copyOf(gridIds))
                .setParameter("after", after(afterId)).setParameter("any", status.isEmpty())
                .setParameter("s", status.orElse(Need.Status.OPEN)).setMaxResults(limit + 1).getResultList();
    }

    @Override
    public List<Need> needsOfProject(String projectId) {
        List<String> ids = NativeSql.strings(NativeSql.query(em(), "select cast(need_id as text) from "
                + "list_project_need where project_id = cast(?1 as uuid)", projectId));
        return ids.isEmpty() ? List.of() : em().createQuery("select n from Need n where n.id in :ids order by n.id",
                Need.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public void linkNeed(String projectId, String needId) {
        NativeSql.query(em(), "insert into list_project_need (tenant_id, project_id, need_id) values "
                + "(current_setting('app.tenant_id', true), cast(?1 as uuid), cast(?2 as uuid)) on conflict do nothing",
                projectId, needId).executeUpdate();
    }

    @Override
    public List<Project> projectsOfNeed(String needId) {
        List<String> ids = NativeSql.strings(NativeSql.query(em(), "select cast(project_id as text) from "
                + "list_project_need where need_id = cast(?1 as uuid)", needId));
        return ids.isEmpty() ? List.of() : em().createQuery("select p from Project p where p.id in :ids order by "
                + "p.id", Project.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public Optional<Project> project(String id) {
        return find(Project.class, id, false);
    }

    @Override
    public Optional<Project> projectForUpdate(String id) {
        return find(Project.class, id, true);
    }

    @Override
    public List<Project> projects(Collection<String> gridIds, Optional<Project.State> state, String afterId,
                                  int limit) {
        return em().createQuery("select p from Project p where p.gridId in :g and p.id > :after and (:any = true or "
                + "p.state = :s) order by p.id", Project.class).setParameter("g", List.copyOf(gridIds))
                .setParameter("after", after(afterId)).setParameter("any", state.isEmpty())
                .setParameter("s", state.orElse(Project.State.PLANNED)).setMaxResults(limit + 1).getResultList();
    }

    @Override
    public void linkResource(String projectId, String resourceId) {
        NativeSql.query(em(), "insert into list_project_resource (tenant_id, project_id, resource_id) values "
                + "(current_setting('app.tenant_id', true), cast(?1 as uuid), cast(?2 as uuid)) on conflict do nothing",
                projectId, resourceId).executeUpdate();
    }

    @Override
    public List<String> resourcesOfProject(String projectId) {
        return NativeSql.strings(NativeSql.query(em(), "select cast(resource_id as text) from list_project_resource "
                + "where project_id = cast(?1 as uuid) order by resource_id", projectId));
    }

    @Override
    public List<ProjectMilestone> milestones(String projectId) {
        return em().createQuery("select m from ProjectMilestone m where m.projectId = :p order by m.reachedOn, m.id",
                ProjectMilestone.class).setParameter("p", projectId).getResultList();
    }

    @Override
    public boolean addEvaluation(String projectId, String actorKey, int score, String comment, String recordedBy,
                                 OffsetDateTime at) {
        return NativeSql.query(em(), "insert into list_project_evaluation (tenant_id, project_id, actor_key, score, "
                + "comment, recorded_by, created_at) values (current_setting('app.tenant_id', true), cast(?1 as uuid), "
                + "?2, ?3, ?4, ?5, ?6) on conflict do nothing", projectId, actorKey, score, comment, recordedBy, at)
                .executeUpdate() == 1;
    }

    @Override
    public double[] evaluations(String projectId) {
        Object[] r = (Object[]) NativeSql.query(em(), "select count(*), count(*) filter (where score >= 4), "
                + "coalesce(avg(score), 0) from list_project_evaluation where project_id = cast(?1 as uuid)", projectId)
                .getSingleResult();
        return new double[]{((Number) r[0]).doubleValue(), ((Number) r[1]).doubleValue(),
                ((Number) r[2]).doubleValue()};
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object[]> resourceCounts(Collection<String> gridIds) {
        return NativeSql.query(em(), "select kind, provider_kind, count(*) from list_resource where active and "
                + "cast(grid_id as text) = any(cast(?1 as text[])) group by kind, provider_kind order by kind, "
                + "provider_kind", NativeSql.textArray(gridIds)).getResultList();
    }

    @Override
    public Map<String, Long> needCounts(Collection<String> gridIds) {
        return NativeSql.counts(NativeSql.query(em(), "select coalesce(route, 'UNTRIAGED') || '/' || status, count(*) "
                + "from list_need where cast(grid_id as text) = any(cast(?1 as text[])) group by 1", NativeSql.textArray(gridIds)));
    }

    @Override
    public Map<String, Long> projectCounts(Collection<String> gridIds) {
        Map<String, Long> out = new TreeMap<>(NativeSql.counts(NativeSql.query(em(), "select state, count(*) from "
                + "list_project where cast(grid_id as text) = any(cast(?1 as text[])) group by state",
                NativeSql.textArray(gridIds))));
        return out;
    }

    @Override
    public Map<String, Long> projectsByMonth(Collection<String> gridIds) {
        Map<String, Long> out = new TreeMap<>(NativeSql.counts(NativeSql.query(em(), "select to_char(created_at at "
                + "time zone 'UTC', 'YYYY-MM') || '|PLANNED', count(*) from list_project where cast(grid_id as text) "
                + "= any(cast(?1 as text[])) group by 1", NativeSql.textArray(gridIds))));
        out.putAll(NativeSql.counts(NativeSql.query(em(), "select to_char(done_on, 'YYYY-MM') || '|DONE', count(*) "
                + "from list_project where done_on is not null and cast(grid_id as text) = any(cast(?1 as text[])) "
                + "group by 1", NativeSql.textArray(gridIds))));
        return out;
    }

}
