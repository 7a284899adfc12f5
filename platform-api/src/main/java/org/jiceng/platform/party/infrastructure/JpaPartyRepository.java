package org.jiceng.platform.party.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import org.eclipse.persistence.config.QueryHints;
import org.jiceng.platform.party.domain.Alliance;
import org.jiceng.platform.party.domain.AllianceDecision;
import org.jiceng.platform.party.domain.AllianceMeeting;
import org.jiceng.platform.party.domain.AllianceParticipant;
import org.jiceng.platform.party.domain.BodySeat;
import org.jiceng.platform.party.domain.CommunityBody;
import org.jiceng.platform.party.domain.MemberLink;
import org.jiceng.platform.party.domain.PartyMeeting;
import org.jiceng.platform.party.domain.PartyMember;
import org.jiceng.platform.party.domain.PartyOrganization;
import org.jiceng.platform.party.domain.PartyPost;
import org.jiceng.platform.party.domain.PartyReport;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.party.domain.PartyTransfer;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.TenantDatabase;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * JPQL and SQL over the Party tables. EclipseLink adds the tenant criterion to JPQL; the SQL relies on row-level
 * security, which limits every table to the caller's tenant.
 */
@ApplicationScoped
public class JpaPartyRepository implements PartyRepository {
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

    private EntityManager em() {
        return db.em();
    }

    @Override
    public <T> Optional<T> find(Class<T> type, String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(type, id.toLowerCase(java.util.Locale.ROOT))) : Optional.empty();
    }

    @Override
    public <T> Optional<T> lock(Class<T> type, String id) {
        return Ids.isWellFormed(id) ? Optional.ofNullable(em().find(type, id.toLowerCase(java.util.Locale.ROOT),
                LockModeType.PESSIMISTIC_WRITE)) : Optional.empty();
    }

    @Override
    public Optional<PartyOrganization> organization(String id) {
        return find(PartyOrganization.class, id);
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
    public void rewritePaths(String oldPath, String newPath) {
        sql("update party_organization set path = ?1 || substr(path, length(?2) + 1), version = version + 1 "
                + "where path like ?3 and path <> ?4", newPath, oldPath, oldPath + "%", oldPath).executeUpdate();
    }

    @Override
    public boolean hasStandingChildren(String organizationId) {
        return em().createQuery("select count(p) from PartyOrganization p where p.parentId = :id and "
                + "p.dissolvedOn is null", Long.class).setParameter("id", organizationId).getSingleResult() > 0;
    }

    @Override
    public Optional<PartyMember> member(String id) {
        return find(PartyMember.class, id);
    }

    @Override
    public boolean idNumberTaken(String hash) {
        return memberByIdNumberHash(hash).isPresent();
    }

    @Override
    public Optional<PartyMember> memberByIdNumberHash(String hash) {
        return em().createQuery("select m from PartyMember m where m.idNumberHash = :h", PartyMember.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    @Override
    public Optional<PartyMember> memberByAccount(String subject) {
        return em().createQuery("select m from PartyMember m where m.accountSubject = :s", PartyMember.class)
                .setParameter("s", subject).getResultStream().findFirst();
    }

    @Override
    public List<PartyMember> roster(String organizationId, String afterId, int limit) {
        return membersByIds(strings(sql(ROSTER.formatted(1) + " and m.id > cast(?2 as uuid) order by m.id limit ?3",
                organizationId, after(afterId), limit + 1)));
    }

    @Override
    public boolean onRosterWithin(PartyOrganization o, String memberId) {
        return !sql("select 1 from party_member m where m.id = cast(?1 as uuid) and m.left_on is null and "
                + "(m.organization_id in (select o.id from party_organization o where o.path like ?2) or m.id in "
                + "(select r.member_id from party_report r join party_organization o on o.id = r.organization_id "
                + "where r.state = 'ACCEPTED' and o.path like ?3))", memberId, o.path() + "%", o.path() + "%")
                .getResultList().isEmpty();
    }

    @Override
    public void cover(String organizationId, List<String> gridIds) {
        sql("delete from party_organization_grid where organization_id = cast(?1 as uuid)", organizationId)
                .executeUpdate();
        for (String grid : gridIds) {
            sql("insert into party_organization_grid (tenant_id, organization_id, grid_id) values "
                    + "(current_setting('app.tenant_id', true), cast(?1 as uuid), cast(?2 as uuid))",
                    organizationId, grid).executeUpdate();
        }
    }

    @Override
    public List<String> coveredGrids(String organizationId) {
        return strings(sql("select cast(grid_id as text) from party_organization_grid "
                + "where organization_id = cast(?1 as uuid) order by grid_id", organizationId));
    }

    @Override
    public List<PartyPost> postsOfOrganization(String organizationId) {
        return em().createQuery("select p from PartyPost p where p.organizationId = :o order by p.startedOn, p.id",
                PartyPost.class).setParameter("o", organizationId).getResultList();
    }

    @Override
    public List<PartyPost> postsOfMember(String memberId) {
        return em().createQuery("select p from PartyPost p where p.memberId = :m order by p.startedOn, p.id",
                PartyPost.class).setParameter("m", memberId).getResultList();
    }

    @Override
    public List<BodySeat> seatsOfMember(String memberId) {
        return em().createQuery("select s from BodySeat s where s.partyMemberId = :m order by s.startedOn, s.id",
                BodySeat.class).setParameter("m", memberId).getResultList();
    }

    @Override
    public List<BodySeat> seatsOfBody(String bodyId) {
        return em().createQuery("select s from BodySeat s where s.bodyId = :b order by s.standing desc, s.role, s.id",
                BodySeat.class).setParameter("b", bodyId).getResultList();
    }

    @Override
    public List<CommunityBody> bodies(String gridPath, String kind, String afterId, int limit) {
        List<String> ids = strings(sql("select cast(b.id as text) from community_body b join grid_node n on "
                + "n.id = b.grid_id where n.path like ?1 and (?2 = '' or b.kind = ?3) and b.id > cast(?4 as uuid) "
                + "order by b.id limit ?5", gridPath + "%", kind == null ? "" : kind, kind == null ? "" : kind,
                after(afterId), limit + 1));
        return ids.isEmpty() ? List.of() : em().createQuery("select b from CommunityBody b where b.id in :ids "
                + "order by b.id", CommunityBody.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<PartyReport> reports(String organizationId, String state, String afterId, int limit) {
        return em().createQuery("select r from PartyReport r where r.organizationId = :o and (:s = '' or "
                        + "r.state = :s) and r.id > :after order by r.id", PartyReport.class)
                .setParameter("o", organizationId).setParameter("s", state == null ? "" : state)
                .setParameter("after", after(afterId)).setMaxResults(limit + 1).getResultList();
    }

    @Override
    public boolean openReport(String organizationId, String idNumberHash) {
        return em().createQuery("select count(r) from PartyReport r where r.organizationId = :o and "
                        + "r.idNumberHash = :h and r.state in ('REPORTED', 'ACCEPTED')", Long.class)
                .setParameter("o", organizationId).setParameter("h", idNumberHash).getSingleResult() > 0;
    }

    @Override
    public List<PartyTransfer> transfersOfMember(String memberId) {
        return em().createQuery("select t from PartyTransfer t where t.memberId = :m order by t.issuedOn, t.createdAt",
                PartyTransfer.class).setParameter("m", memberId).getResultList();
    }

    @Override
    public boolean openTransfer(String memberId) {
        return em().createQuery("select count(t) from PartyTransfer t where t.memberId = :m and t.state = 'ISSUED'",
                Long.class).setParameter("m", memberId).getSingleResult() > 0;
    }

    @Override
    public List<MemberLink> links(String memberId) {
        return em().createQuery("select l from MemberLink l where l.memberId = :m order by l.linkedOn, l.id",
                MemberLink.class).setParameter("m", memberId).getResultList();
    }

    @Override
    public List<String> householdsCoveredBy(String memberId, String afterId, int limit) {
        return strings(sql("select cast(h.id as text) from household h join grid_node n on n.id = h.grid_id "
                + "where exists (select 1 from party_member_link l where l.member_id = cast(?1 as uuid) and "
                + LINK_COVERS + ") and h.id > cast(?2 as uuid) order by h.id limit ?3", memberId, after(afterId),
                limit + 1));
    }

    @Override
    public List<PartyMember> membersCovering(String householdId) {
        return membersByIds(strings(sql("select cast(m.id as text) from party_member m where m.left_on is null and "
                + "exists (select 1 from party_member_link l, household h join grid_node n on n.id = h.grid_id "
                + "where h.id = cast(?1 as uuid) and l.member_id = m.id and " + LINK_COVERS + ") order by m.id",
                householdId)));
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
    public List<PartyMeeting> meetings(String organizationId, LocalDate from, LocalDate to, String afterId,
                                       int limit) {
        return em().createQuery("select m from PartyMeeting m where m.organizationId = :o and m.heldOn >= :from "
                        + "and m.heldOn <= :to and m.id > :after order by m.id", PartyMeeting.class)
                .setParameter("o", organizationId).setParameter("from", from).setParameter("to", to)
                .setParameter("after", after(afterId)).setMaxResults(limit + 1).getResultList();
    }

    @Override
    public void attend(String meetingId, String memberId, String presence) {
        sql("insert into party_meeting_attendance (tenant_id, meeting_id, member_id, presence) values "
                + "(current_setting('app.tenant_id', true), cast(?1 as uuid), cast(?2 as uuid), ?3)",
                meetingId, memberId, presence).executeUpdate();
    }

    @Override
    public Map<String, String> attendance(String meetingId) {
        Map<String, String> out = new TreeMap<>();
        for (Object row : sql("select cast(member_id as text), presence from party_meeting_attendance "
                + "where meeting_id = cast(?1 as uuid)", meetingId).getResultList()) {
            Object[] r = (Object[]) row;
            out.put((String) r[0], (String) r[1]);
        }
        return out;
    }

    @Override
    public MeetingCounts meetingCounts(String organizationId, LocalDate from, LocalDate to) {
        Map<String, Long> byKind = new TreeMap<>();
        for (Object row : sql("select kind, count(*) from party_meeting where organization_id = cast(?1 as uuid) "
                + "and held_on between ?2 and ?3 group by kind", organizationId, from, to).getResultList()) {
            Object[] r = (Object[]) row;
            byKind.put((String) r[0], ((Number) r[1]).longValue());
        }
        Map<String, Long> byPresence = new TreeMap<>();
        for (Object row : sql("select a.presence, count(*) from party_meeting_attendance a join party_meeting m on "
                + "m.id = a.meeting_id where m.organization_id = cast(?1 as uuid) and m.held_on between ?2 and ?3 "
                + "group by a.presence", organizationId, from, to).getResultList()) {
            Object[] r = (Object[]) row;
            byPresence.put((String) r[0], ((Number) r[1]).longValue());
        }
        return new MeetingCounts(byKind, byPresence);
    }

    @Override
    public List<Alliance> alliances(String afterId, int limit) {
        return em().createQuery("select a from Alliance a where a.id > :after order by a.id", Alliance.class)
                .setParameter("after", after(afterId)).setMaxResults(limit + 1).getResultList();
    }

    @Override
    public List<AllianceParticipant> participants(String allianceId) {
        return em().createQuery("select p from AllianceParticipant p where p.allianceId = :a order by p.joinedOn, "
                + "p.id", AllianceParticipant.class).setParameter("a", allianceId).getResultList();
    }

    @Override
    public List<AllianceMeeting> allianceMeetings(String allianceId, String afterId, int limit) {
        return em().createQuery("select m from AllianceMeeting m where m.allianceId = :a and m.id > :after "
                        + "order by m.id", AllianceMeeting.class).setParameter("a", allianceId)
                .setParameter("after", after(afterId)).setMaxResults(limit + 1).getResultList();
    }

    @Override
    public List<AllianceDecision> decisions(String meetingId) {
        return em().createQuery("select d from AllianceDecision d where d.meetingId = :m order by d.id",
                AllianceDecision.class).setParameter("m", meetingId).getResultList();
    }

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
    public void add(Object entity) {
        em().persist(entity);
    }

    @Override
    public void remove(Object entity) {
        em().remove(entity);
    }

    @Override
    public void flush() {
        em().flush();
    }

    private List<PartyMember> membersByIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select m from PartyMember m where m.id in :ids order by m.id", PartyMember.class)
                .setParameter("ids", ids).getResultList();
    }

    private Query sql(String sql, Object... params) {
        Query q = em().createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Query q) {
        return (List<String>) q.getResultList();
    }

    private static Map<String, Long> counts(Query q) {
        Map<String, Long> out = new TreeMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.put((String) r[0], num(r[1]));
        }
        return out;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static String after(String afterId) {
        return afterId == null ? NO_ID : afterId;
    }
}
