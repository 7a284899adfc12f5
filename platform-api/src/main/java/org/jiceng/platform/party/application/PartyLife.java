package org.jiceng.platform.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.party.domain.PartyMeeting;
import org.jiceng.platform.party.domain.PartyOrganization;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Organisation life (组织生活): the 三会一课 and themed Party days an organisation holds, and who attended. */
@ApplicationScoped
@Transactional
public class PartyLife {
    private static final Set<String> PRESENCES = Set.of("PRESENT", "EXCUSED", "ABSENT");

    @Inject
    PartyRepository repo;
    @Inject
    PartyRecords records;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;

    /** A meeting and its attendance, member id → PRESENT, EXCUSED or ABSENT. */
    public record Meeting(PartyMeeting meeting, Map<String, String> attendance) {
    }

    /** Records a meeting; every attendee must be on the roster of the organisation or of one below it. */
    public Meeting hold(String organizationId, String kind, String title, LocalDate heldOn, String place,
                        String summary, Map<String, String> attendance) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyOrganization o = records.organization(organizationId);
        PartyMeeting m = new PartyMeeting(Ids.newId(), o, kind, title, heldOn, place, summary, records.now());
        Map<String, String> recorded = new LinkedHashMap<>();
        for (Map.Entry<String, String> a : (attendance == null ? Map.<String, String>of() : attendance).entrySet()) {
            if (a.getValue() == null || !PRESENCES.contains(a.getValue())) {
                throw new RuleViolation("attendance", "PRESENT, EXCUSED or ABSENT for each member");
            }
            String memberId = records.member(a.getKey()).id();
            if (!repo.onRosterWithin(o, memberId)) {
                throw new RuleViolation("attendance", "member " + a.getKey() + " is not on the roster of this "
                        + "organisation or one below it");
            }
            recorded.put(memberId, a.getValue());
        }
        repo.add(m);
        repo.flush();
        recorded.forEach((member, presence) -> repo.attend(m.id(), member, presence));
        outbox.record("party-meeting.held", "party-organization", o.id(), Map.of("meetingId", m.id(),
                "kind", kind));
        return new Meeting(m, repo.attendance(m.id()));
    }

    public Meeting get(String meetingId) {
        callers.get().require(Permission.PARTY_READ);
        PartyMeeting m = records.found(PartyMeeting.class, "meeting", meetingId);
        return new Meeting(m, repo.attendance(m.id()));
    }

    public Slice<PartyMeeting> list(String organizationId, LocalDate from, LocalDate to, String afterId, int limit) {
        callers.get().require(Permission.PARTY_READ);
        return Slice.of(repo.meetings(records.organization(organizationId).id(),
                from == null ? LocalDate.of(1921, 7, 1) : from, to == null ? LocalDate.of(9999, 12, 31) : to,
                afterId, limit), limit);
    }

    /** Meetings by kind and attendance by presence, of one organisation between two dates (inclusive). */
    public PartyRepository.MeetingCounts counts(String organizationId, LocalDate from, LocalDate to) {
        callers.get().require(Permission.PARTY_READ);
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolation("from", "from and to, with to not before from");
        }
        return repo.meetingCounts(records.organization(organizationId).id(), from, to);
    }
}
