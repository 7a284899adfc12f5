package org.jiceng.platform.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.casework.domain.CaseRepository;
import org.jiceng.platform.party.domain.Alliance;
import org.jiceng.platform.party.domain.AllianceDecision;
import org.jiceng.platform.party.domain.AllianceMeeting;
import org.jiceng.platform.party.domain.AllianceParticipant;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Alliances such as the "5+" red alliance: Party organisations, community bodies and departments serving one grid
 * node together, holding joint meetings whose decisions each have an owner among them and a due date.
 */
@ApplicationScoped
@Transactional
public class Alliances {
    @Inject
    PartyRepository repo;
    @Inject
    PartyRecords records;
    @Inject
    CaseRepository departments;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;

    /** Who joins: exactly one of a Party organisation, a community body or a department. */
    public record Joining(String partyOrganizationId, String bodyId, String departmentId, boolean lead) {
    }

    /** A decision as a meeting takes it. */
    public record NewDecision(String text, String ownerParticipantId, LocalDate dueOn) {
    }

    public record AllianceWithParticipants(Alliance alliance, List<AllianceParticipant> participants) {
    }

    public record MeetingWithDecisions(AllianceMeeting meeting, List<AllianceDecision> decisions) {
    }

    public AllianceWithParticipants form(String name, String gridId, LocalDate establishedOn, List<Joining> joining) {
        callers.get().require(Permission.PARTY_WRITE);
        if (joining == null || joining.size() < 2 || joining.size() > 50) {
            throw new RuleViolation("participants", "an alliance joins 2 to 50 bodies");
        }
        Alliance a = new Alliance(Ids.newId(), name, records.grid(gridId).id(), establishedOn, records.now());
        repo.add(a);
        repo.flush();
        List<String> seen = new ArrayList<>();
        for (Joining j : joining) {
            AllianceParticipant p = participant(a, j, seen, a.establishedOn());
            repo.add(p);
        }
        repo.flush();
        outbox.record("alliance.formed", "alliance", a.id(), Map.of("id", a.id(), "name", a.name()));
        return new AllianceWithParticipants(a, repo.participants(a.id()));
    }

    public AllianceWithParticipants join(String allianceId, long expectedVersion, Joining j) {
        callers.get().require(Permission.PARTY_WRITE);
        Alliance a = records.locked(Alliance.class, "alliance", allianceId);
        a.requireVersion(expectedVersion);
        List<String> seen = new ArrayList<>(repo.participants(a.id()).stream().map(Alliances::target).toList());
        repo.add(participant(a, j, seen, records.today()));
        a.joined();
        repo.flush();
        outbox.record("alliance.joined", "alliance", a.id(), Map.of("id", a.id()));
        return new AllianceWithParticipants(a, repo.participants(a.id()));
    }

    public AllianceWithParticipants get(String allianceId) {
        callers.get().require(Permission.PARTY_READ);
        Alliance a = records.found(Alliance.class, "alliance", allianceId);
        return new AllianceWithParticipants(a, repo.participants(a.id()));
    }

    public Slice<AllianceWithParticipants> list(String afterId, int limit) {
        callers.get().require(Permission.PARTY_READ);
        return Slice.of(repo.alliances(afterId, limit), limit)
                .map(a -> new AllianceWithParticipants(a, repo.participants(a.id())));
    }

    public MeetingWithDecisions meet(String allianceId, LocalDate heldOn, String topic, String summary,
                                     List<NewDecision> decisions) {
        callers.get().require(Permission.PARTY_WRITE);
        Alliance a = records.found(Alliance.class, "alliance", allianceId);
        List<String> participants = repo.participants(a.id()).stream().map(AllianceParticipant::id).toList();
        AllianceMeeting m = new AllianceMeeting(Ids.newId(), a, heldOn, topic, summary, records.now());
        repo.add(m);
        repo.flush();
        for (NewDecision d : decisions == null ? List.<NewDecision>of() : decisions) {
            if (d.ownerParticipantId() != null && !participants.contains(d.ownerParticipantId()
                    .toLowerCase(java.util.Locale.ROOT))) {
                throw new RuleViolation("decisions.ownerParticipantId", "a participant of this alliance");
            }
            repo.add(new AllianceDecision(Ids.newId(), m, d.text(), d.ownerParticipantId() == null ? null
                    : d.ownerParticipantId().toLowerCase(java.util.Locale.ROOT), d.dueOn()));
        }
        repo.flush();
        outbox.record("alliance.met", "alliance", a.id(), Map.of("meetingId", m.id()));
        return new MeetingWithDecisions(m, repo.decisions(m.id()));
    }

    public MeetingWithDecisions meeting(String allianceId, String meetingId) {
        callers.get().require(Permission.PARTY_READ);
        Alliance a = records.found(Alliance.class, "alliance", allianceId);
        AllianceMeeting m = records.found(AllianceMeeting.class, "meeting", meetingId);
        if (!m.allianceId().equals(a.id())) {
            throw new RecordNotFound("meeting", meetingId);
        }
        return new MeetingWithDecisions(m, repo.decisions(m.id()));
    }

    public Slice<MeetingWithDecisions> meetings(String allianceId, String afterId, int limit) {
        callers.get().require(Permission.PARTY_READ);
        Alliance a = records.found(Alliance.class, "alliance", allianceId);
        return Slice.of(repo.allianceMeetings(a.id(), afterId, limit), limit)
                .map(m -> new MeetingWithDecisions(m, repo.decisions(m.id())));
    }

    /** Marks a decision done. */
    public AllianceDecision complete(String allianceId, String decisionId, long expectedVersion, LocalDate on) {
        callers.get().require(Permission.PARTY_WRITE);
        Alliance a = records.found(Alliance.class, "alliance", allianceId);
        AllianceDecision d = records.locked(AllianceDecision.class, "decision", decisionId);
        AllianceMeeting m = records.found(AllianceMeeting.class, "meeting", d.meetingId());
        if (!m.allianceId().equals(a.id())) {
            throw new RecordNotFound("decision", decisionId);
        }
        d.requireVersion(expectedVersion);
        d.done(on == null ? records.today() : on, m.heldOn());
        outbox.record("alliance.decision-done", "alliance", a.id(), Map.of("decisionId", d.id()));
        return d;
    }

    private AllianceParticipant participant(Alliance a, Joining j, List<String> seen, LocalDate joinedOn) {
        int given = (j.partyOrganizationId() == null ? 0 : 1) + (j.bodyId() == null ? 0 : 1)
                + (j.departmentId() == null ? 0 : 1);
        if (given != 1) {
            throw new RuleViolation("participants", "each names one Party organisation, body or department");
        }
        String org = j.partyOrganizationId() == null ? null : records.organization(j.partyOrganizationId()).id();
        String body = j.bodyId() == null ? null : records.body(j.bodyId()).id();
        String dept = j.departmentId() == null ? null : departments.department(j.departmentId())
                .orElseThrow(() -> new RecordNotFound("department", j.departmentId())).id();
        String target = org != null ? org : body != null ? body : dept;
        if (seen.contains(target)) {
            throw new StateConflict("it takes part in this alliance already");
        }
        seen.add(target);
        return new AllianceParticipant(Ids.newId(), a.id(), org, body, dept, j.lead(), joinedOn);
    }

    private static String target(AllianceParticipant p) {
        return p.partyOrganizationId().or(p::bodyId).or(p::departmentId).orElseThrow();
    }
}
