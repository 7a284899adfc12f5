package org.jiceng.platform.party.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jiceng.platform.party.domain.PartyStatistics;
import org.jiceng.platform.shared.persistence.NativeSql;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Party read models in SQL. They join the grid tree ({@code grid_node}) and the household register
 * ({@code household}) of the grid context: the one place in the Party context allowed to, because it only reads.
 * Row-level security keeps every query inside the caller's tenant.
 */
@ApplicationScoped
public class SqlPartyStatistics implements PartyStatistics {
    private static final String NO_ID = "00000000-0000-0000-0000-000000000000";
    /** The roster of organisation ?n: registered there, or reported there and accepted; not left. */
    private static final String ROSTER = "select m.id from party_member m where m.left_on is null and "
            + "(m.organization_id = cast(?%1$d as uuid) or m.id in (select r.member_id from party_report r "
            + "where r.organization_id = cast(?%1$d as uuid) and r.state = 'ACCEPTED'))";
    /** Households (h, its node n) a link l covers: its own household, or any within the linked node's subtree. */
    private static final String LINK_COVERS = "(l.household_id = h.id or (l.grid_id is not null and n.path like "
            + "(select g.path from grid_node g where g.id = l.grid_id) || '%'))";

    @Inject
    TenantDatabase db;

    @Override
    public PartyStats stats(String gridPath) {
        String subtree = gridPath + "%";
        String orgs = "select distinct c.organization_id from party_organization_grid c join grid_node n on "
                + "n.id = c.grid_id where n.path like ?%d";
        Map<String, Long> byType = counts(sql("select o.type, count(*) from party_organization o where o.id in ("
                + orgs.formatted(1) + ") and o.dissolved_on is null group by o.type", subtree));
        // a member of this tenant who reported in-service to an organisation here counts there as reported
        Map<String, Long> byKind = counts(sql("select kind, count(*) from (select m.kind from party_member m "
                + "where m.left_on is null and m.organization_id in (" + orgs.formatted(1) + ") union all "
                + "select 'IN_SERVICE_REPORTED' from party_report r join party_member m on m.id = r.member_id "
                + "where r.state = 'ACCEPTED' and m.organization_id <> r.organization_id and m.left_on is null "
                + "and r.organization_id in (" + orgs.formatted(2) + ")) k group by kind", subtree, subtree));
        String coveredByParty = "exists (select 1 from party_organization_grid g join party_organization o on "
                + "o.id = g.organization_id where g.grid_id = n.id and o.dissolved_on is null)";
        Object[] c = (Object[]) sql("select count(*) filter (where n.level = 'COMPOUND'), "
                + "count(*) filter (where n.level = 'COMPOUND' and " + coveredByParty + "), "
                + "count(*) filter (where n.level = 'GRID'), "
                + "count(*) filter (where n.level = 'GRID' and " + coveredByParty + ") "
                + "from grid_node n where n.path like ?1", subtree).getSingleResult();
        List<OwnersCommitteeShare> committees = sql("select cast(b.id as text), b.name, "
                + "count(s.id) filter (where s.standing = 'SEATED'), "
                + "count(s.id) filter (where s.standing = 'SEATED' and s.party_member_id is not null), "
                + "count(s.id) filter (where s.standing = 'CANDIDATE'), "
                + "count(s.id) filter (where s.standing = 'CANDIDATE' and s.party_member_id is not null), "
                + "coalesce(bool_or(s.standing = 'SEATED' and s.role = 'CHAIR' and exists (select 1 from party_post p "
                + "where p.member_id = s.party_member_id and p.title = 'SECRETARY' and p.ended_on is null)), false) "
                + "from community_body b join grid_node n on n.id = b.grid_id left join body_seat s on "
                + "s.body_id = b.id and s.ended_on is null where b.kind = 'OWNERS_COMMITTEE' and n.path like ?1 "
                + "group by b.id, b.name order by b.name, b.id", subtree).getResultList().stream().map(row -> {
                    Object[] r = (Object[]) row;
                    return new OwnersCommitteeShare((String) r[0], (String) r[1], num(r[2]), num(r[3]), num(r[4]),
                            num(r[5]), (Boolean) r[6]);
                }).toList();
        Object[] h = (Object[]) sql("select count(*), count(*) filter (where exists (select 1 from "
                + "party_member_link l join party_member m on m.id = l.member_id where m.left_on is null and "
                + LINK_COVERS + ")) from household h join grid_node n on n.id = h.grid_id where n.path like ?1",
                subtree).getSingleResult();
        return new PartyStats(byType, byKind, num(c[0]), num(c[1]), num(c[2]), num(c[3]), committees, num(h[0]),
                num(h[1]));
    }

    @Override
    public List<String> householdsCoveredBy(String memberId, String afterId, int limit) {
        return strings(sql("select cast(h.id as text) from household h join grid_node n on n.id = h.grid_id "
                + "where exists (select 1 from party_member_link l where l.member_id = cast(?1 as uuid) and "
                + LINK_COVERS + ") and h.id > cast(?2 as uuid) order by h.id limit ?3", memberId, after(afterId),
                limit + 1));
    }

    @Override
    public List<String> membersCovering(String householdId) {
        return strings(sql("select cast(m.id as text) from party_member m where m.left_on is null and "
                + "exists (select 1 from party_member_link l, household h join grid_node n on n.id = h.grid_id "
                + "where h.id = cast(?1 as uuid) and l.member_id = m.id and " + LINK_COVERS + ") order by m.id",
                householdId));
    }

    @Override
    public Map<String, Long> householdCountsOfRoster(String organizationId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : sql("with roster as (" + ROSTER.formatted(1) + ") select cast(r.id as text), "
                + "(select count(*) from household h join grid_node n on n.id = h.grid_id where exists (select 1 "
                + "from party_member_link l where l.member_id = r.id and " + LINK_COVERS + ")) from roster r "
                + "order by r.id", organizationId).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<String> bodiesIn(String gridPath, String kind, String afterId, int limit) {
        return strings(sql("select cast(b.id as text) from community_body b join grid_node n on "
                + "n.id = b.grid_id where n.path like ?1 and (?2 = '' or b.kind = ?3) and b.id > cast(?4 as uuid) "
                + "order by b.id limit ?5", gridPath + "%", kind == null ? "" : kind, kind == null ? "" : kind,
                after(afterId), limit + 1));
    }

    private EntityManager em() {
        return db.em();
    }

    private Query sql(String sql, Object... params) {
        return NativeSql.query(em(), sql, params);
    }

    private static List<String> strings(Query q) {
        return NativeSql.strings(q);
    }

    private static Map<String, Long> counts(Query q) {
        return NativeSql.counts(q);
    }

    private static long num(Object o) {
        return NativeSql.number(o);
    }

    private static String after(String afterId) {
        return afterId == null ? NO_ID : afterId;
    }
}
