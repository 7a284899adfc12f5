package org.jiceng.platform.party.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
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
import org.jiceng.platform.party.domain.ReportState;
import org.jiceng.platform.party.domain.TransferState;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.NativeSql;
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
    public List<PartyReport> reports(String organizationId, Optional<ReportState> state, String afterId, int limit) {
        var q = em().createQuery("select r from PartyReport r where r.organizationId = :o"
                + (state.isPresent() ? " and r.state = :s" : "") + " and r.id > :after order by r.id", PartyReport.class)
                .setParameter("o", organizationId).setParameter("after", after(afterId));
        state.ifPresent(s -> q.setParameter("s", s));
        return q.setMaxResults(limit + 1).getResultList();
    }

    @Override
    public boolean openReport(String organizationId, String idNumberHash) {
        return em().createQuery("select count(r) from PartyReport r where r.organizationId = :o and "
                        + "r.idNumberHash = :h and r.state in :open", Long.class)
                        .setParameter("open", List.of(ReportState.REPORTED, ReportState.ACCEPTED))
                .setParameter("o", organizationId).setParameter("h", idNumberHash).getSingleResult() > 0;
    }

    @Override
    public List<PartyTransfer> transfersOfMember(String memberId) {
        return em().createQuery("select t from PartyTransfer t where t.memberId = :m order by t.issuedOn, t.createdAt",
                PartyTransfer.class).setParameter("m", memberId).getResultList();
    }

    @Override
    public boolean openTransfer(String memberId) {
        return em().createQuery("select count(t) from PartyTransfer t where t.memberId = :m and t.state = :issued",
                Long.class).setParameter("m", memberId).setParameter("issued", TransferState.ISSUED)
                .getSingleResult() > 0;
    }

    @Override
    public List<MemberLink> links(String memberId) {
        return em().createQuery("select l from MemberLink l where l.memberId = :m order by l.linkedOn, l.id",
                MemberLink.class).setParameter("m", memberId).getResultList();
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

    @Override
    public List<CommunityBody> bodiesByIds(List<String> ids) {
        return ids.isEmpty() ? List.of() : em().createQuery("select b from CommunityBody b where b.id in :ids "
                + "order by b.id", CommunityBody.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<PartyMember> membersByIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select m from PartyMember m where m.id in :ids order by m.id", PartyMember.class)
                .setParameter("ids", ids).getResultList();
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
