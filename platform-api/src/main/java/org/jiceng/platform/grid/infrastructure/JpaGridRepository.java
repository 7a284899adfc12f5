package org.jiceng.platform.grid.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.jiceng.platform.grid.domain.GridLevel;
import org.jiceng.platform.grid.domain.GridNode;
import org.jiceng.platform.grid.domain.GridRepository;
import org.jiceng.platform.grid.domain.GridRollup;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JPQL over {@code grid_node}; EclipseLink adds the tenant criterion to every statement, RLS checks it again. */
@ApplicationScoped
public class JpaGridRepository implements GridRepository {
    @Inject
    TenantDatabase db;

    private EntityManager em() {
        return db.em();
    }

    @Override
    public Optional<GridNode> find(String id) {
        if (!Ids.isWellFormed(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em().find(GridNode.class, id.toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    public Optional<GridNode> findForUpdate(String id) {
        if (!Ids.isWellFormed(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em().find(GridNode.class, id.toLowerCase(java.util.Locale.ROOT), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<GridNode> root() {
        return em().createQuery("select n from GridNode n where n.parentId is null", GridNode.class)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<GridNode> findByCode(String code) {
        return em().createQuery("select n from GridNode n where n.code = :code", GridNode.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public boolean codeExists(String code) {
        return em().createQuery("select count(n) from GridNode n where n.code = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
    }

    @Override
    public List<GridNode> children(String parentId, GridLevel level, String afterCode, int limit) {
        String jpql = "select n from GridNode n where n.parentId = :parent"
                + (level == null ? "" : " and n.level = :level")
                + (afterCode == null ? "" : " and n.code > :after")
                + " order by n.code";
        TypedQuery<GridNode> q = em().createQuery(jpql, GridNode.class).setParameter("parent", parentId);
        return page(q, level, afterCode, limit);
    }

    @Override
    public List<GridNode> descendants(GridNode node, GridLevel level, String afterCode, int limit) {
        String jpql = "select n from GridNode n where n.path like :prefix and n.id <> :self"
                + (level == null ? "" : " and n.level = :level")
                + (afterCode == null ? "" : " and n.code > :after")
                + " order by n.code";
        TypedQuery<GridNode> q = em().createQuery(jpql, GridNode.class)
                .setParameter("prefix", node.path() + "%").setParameter("self", node.id());
        return page(q, level, afterCode, limit);
    }

    private static List<GridNode> page(TypedQuery<GridNode> q, GridLevel level, String afterCode, int limit) {
        if (level != null) {
            q.setParameter("level", level);
        }
        if (afterCode != null) {
            q.setParameter("after", afterCode);
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public List<GridNode> wholeSubtree(GridNode node) {
        return em().createQuery("select n from GridNode n where n.path like :prefix and n.id <> :self",
                        GridNode.class)
                .setParameter("prefix", node.path() + "%").setParameter("self", node.id()).getResultList();
    }

    @Override
    public List<GridNode> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select n from GridNode n where n.id in :ids order by n.depth", GridNode.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public long childCount(String id) {
        return em().createQuery("select count(n) from GridNode n where n.parentId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    @Override
    public Map<String, GridRollup> rollups(Collection<GridNode> nodes) {
        Map<String, GridRollup> result = new HashMap<>();
        if (nodes.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em().createQuery("select g.id, sum(d.population), sum(d.households) "
                        + "from GridNode g, GridNode d where g.id in :ids and d.path like concat(g.path, '%') "
                        + "group by g.id", Object[].class)
                .setParameter("ids", nodes.stream().map(GridNode::id).toList())
                .getResultList();
        for (Object[] row : rows) {
            result.put((String) row[0], new GridRollup(number(row[1]), number(row[2])));
        }
        return result;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public List<GridNode> boundingBoxesContaining(double lon, double lat) {
        return em().createQuery("select n from GridNode n where n.boundary is not null and n.minLon <= :lon "
                        + "and n.maxLon >= :lon and n.minLat <= :lat and n.maxLat >= :lat", GridNode.class)
                .setParameter("lon", lon).setParameter("lat", lat).getResultList();
    }

    @Override
    public void add(GridNode node) {
        em().persist(node);
    }

    @Override
    public void remove(GridNode node) {
        em().remove(node);
    }

    @Override
    public void flush() {
        em().flush();
    }
}
