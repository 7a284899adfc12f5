package org.jiceng.platform.party.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Party organisations, members, their posts, flows, links, meetings and alliances, in the caller's tenant. */
public interface PartyRepository {
    /** Any Party entity by id; empty for a malformed id or another tenant's record. */
    <T> Optional<T> find(Class<T> type, String id);

    /** The same, locked for update until the transaction ends: flows decide under this lock. */
    <T> Optional<T> lock(Class<T> type, String id);

    Optional<PartyOrganization> organization(String id);

    /** The organisation's whole subtree (itself excluded), by path. */
    List<PartyOrganization> subtree(PartyOrganization o);

    List<PartyOrganization> byIds(List<String> ids);

    List<PartyOrganization> tops();

    /** Rewrites the paths of the descendants of a moved organisation. */
    void rewritePaths(String oldPath, String newPath);

    boolean hasStandingChildren(String organizationId);

    Optional<PartyMember> member(String id);

    boolean idNumberTaken(String hash);

    Optional<PartyMember> memberByIdNumberHash(String hash);

    /** The member who signs in with this account. */
    Optional<PartyMember> memberByAccount(String subject);

    /**
     * The organisation's roster after {@code afterId}: members registered in it and members whose in-service
     * report it accepted; members who left the tenant are on no roster.
     */
    List<PartyMember> roster(String organizationId, String afterId, int limit);

    /** Whether the member is on the roster of the organisation or of one below it. */
    boolean onRosterWithin(PartyOrganization o, String memberId);

    /** Replaces the grid nodes the organisation covers. */
    void cover(String organizationId, List<String> gridIds);

    List<String> coveredGrids(String organizationId);

    List<PartyPost> postsOfOrganization(String organizationId);

    List<PartyPost> postsOfMember(String memberId);

    List<BodySeat> seatsOfMember(String memberId);

    List<BodySeat> seatsOfBody(String bodyId);

    /** Community bodies by id, in id order. */
    List<CommunityBody> bodiesByIds(List<String> ids);

    /** Party members by id, in id order. */
    List<PartyMember> membersByIds(List<String> ids);

    List<PartyReport> reports(String organizationId, java.util.Optional<ReportState> state, String afterId, int limit);

    boolean openReport(String organizationId, String idNumberHash);

    List<PartyTransfer> transfersOfMember(String memberId);

    boolean openTransfer(String memberId);

    List<MemberLink> links(String memberId);

    List<PartyMeeting> meetings(String organizationId, LocalDate from, LocalDate to, String afterId, int limit);

    void attend(String meetingId, String memberId, String presence);

    /** member id → PRESENT, EXCUSED or ABSENT. */
    Map<String, String> attendance(String meetingId);

    /** Meetings by kind, and attendance counts by presence, of an organisation in a period. */
    MeetingCounts meetingCounts(String organizationId, LocalDate from, LocalDate to);

    record MeetingCounts(Map<String, Long> meetingsByKind, Map<String, Long> attendanceByPresence) {
    }

    List<Alliance> alliances(String afterId, int limit);

    List<AllianceParticipant> participants(String allianceId);

    List<AllianceMeeting> allianceMeetings(String allianceId, String afterId, int limit);

    List<AllianceDecision> decisions(String meetingId);

    void add(Object entity);

    void remove(Object entity);

    void flush();
}
