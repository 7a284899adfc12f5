package org.jiceng.platform.party.api;

import org.jiceng.platform.party.application.Alliances;
import org.jiceng.platform.party.application.MemberView;
import org.jiceng.platform.party.application.PartyLife;
import org.jiceng.platform.party.application.ReportView;
import org.jiceng.platform.party.application.SeatView;
import org.jiceng.platform.party.domain.AllianceDecision;
import org.jiceng.platform.party.domain.AllianceParticipant;
import org.jiceng.platform.party.domain.CommunityBody;
import org.jiceng.platform.party.domain.MemberLink;
import org.jiceng.platform.party.domain.PartyMeeting;
import org.jiceng.platform.party.domain.PartyOrganization;
import org.jiceng.platform.party.domain.PartyPost;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.party.domain.PartyReport;
import org.jiceng.platform.party.domain.PartyTransfer;

import java.util.Map;

/** Domain objects to their JSON shapes. */
final class PartyAssembler {
    /** Suzhou's target for the Party share of an owners' committee: reported, never enforced. */
    static final double OWNERS_COMMITTEE_TARGET = 0.30;

    private PartyAssembler() {
    }

    static PartyDtos.OrganizationDto dto(PartyOrganization o) {
        return new PartyDtos.OrganizationDto(o.id(), o.parentId().orElse(null), o.type().name(), o.name(),
                o.hostKind(), o.purpose().orElse(null), o.endsOn().orElse(null), o.establishedOn(),
                o.dissolvedOn().orElse(null), o.version());
    }

    static PartyDtos.MemberDto dto(MemberView v) {
        var m = v.member();
        return new PartyDtos.MemberDto(m.id(), m.organizationId(), v.name(), v.phone(), v.idNumber(), v.masked(),
                m.status(), m.kind(), m.joinedOn(), m.employer().orElse(null), m.employerOrganization().orElse(null),
                m.leftOn().orElse(null), m.accountSubject().orElse(null), m.version());
    }

    static PartyDtos.PostDto dto(PartyPost p) {
        return new PartyDtos.PostDto(p.id(), p.organizationId(), p.memberId(), p.title(), p.startedOn(),
                p.endedOn().orElse(null), p.version());
    }

    static PartyDtos.SeatDto dto(SeatView v) {
        var s = v.seat();
        return new PartyDtos.SeatDto(s.id(), s.bodyId(), s.partyMemberId().orElse(null), v.name(), v.phone(),
                v.masked(), s.role(), s.standing(), s.startedOn(), s.endedOn().orElse(null), s.version());
    }

    static PartyDtos.LinkDto dto(MemberLink l) {
        return new PartyDtos.LinkDto(l.id(), l.memberId(), l.householdId().orElse(null), l.gridId().orElse(null),
                l.linkedOn(), l.version());
    }

    static PartyDtos.ReportDto dto(ReportView v) {
        PartyReport r = v.report();
        return new PartyDtos.ReportDto(r.id(), r.organizationId(), r.memberId().orElse(null), v.name(), v.phone(),
                v.idNumber(), v.masked(), r.status(), r.joinedOn(), r.employer(), r.employerOrganization()
                .orElse(null), r.reportedOn(), r.state().name(), r.decidedOn().orElse(null), r.decisionNote().orElse(null),
                r.version());
    }

    static PartyDtos.TransferDto dto(PartyTransfer t) {
        return new PartyDtos.TransferDto(t.id(), t.memberId(), t.fromOrganizationId(), t.toOrganizationId()
                .orElse(null), t.destination().orElse(null), t.letterNumber().orElse(null), t.reason().orElse(null),
                t.state().name(), t.issuedOn(), t.decidedOn().orElse(null), t.decisionNote().orElse(null), t.version());
    }

    static PartyDtos.MeetingDto dto(PartyMeeting m, Map<String, String> attendance) {
        return new PartyDtos.MeetingDto(m.id(), m.organizationId(), m.kind(), m.title(), m.heldOn(),
                m.place().orElse(null), m.summary().orElse(null), attendance);
    }

    static PartyDtos.MeetingDto dto(PartyLife.Meeting m) {
        return dto(m.meeting(), m.attendance());
    }

    static PartyDtos.BodyDto dto(CommunityBody b) {
        return new PartyDtos.BodyDto(b.id(), b.kind(), b.name(), b.gridId(), b.establishedOn(), b.version());
    }

    static PartyDtos.AllianceDto dto(Alliances.AllianceWithParticipants a) {
        return new PartyDtos.AllianceDto(a.alliance().id(), a.alliance().name(), a.alliance().gridId(),
                a.alliance().establishedOn(), a.participants().stream().map(PartyAssembler::dto).toList(),
                a.alliance().version());
    }

    static PartyDtos.ParticipantDto dto(AllianceParticipant p) {
        return new PartyDtos.ParticipantDto(p.id(), p.partyOrganizationId().orElse(null), p.bodyId().orElse(null),
                p.departmentId().orElse(null), p.lead(), p.joinedOn());
    }

    static PartyDtos.AllianceMeetingDto dto(Alliances.MeetingWithDecisions m) {
        return new PartyDtos.AllianceMeetingDto(m.meeting().id(), m.meeting().allianceId(), m.meeting().heldOn(),
                m.meeting().topic(), m.meeting().summary().orElse(null),
                m.decisions().stream().map(PartyAssembler::dto).toList());
    }

    static PartyDtos.AllianceDecisionDto dto(AllianceDecision d) {
        return new PartyDtos.AllianceDecisionDto(d.id(), d.meetingId(), d.text(), d.ownerParticipantId()
                .orElse(null), d.dueOn().orElse(null), d.doneOn().orElse(null), d.version());
    }

    static PartyDtos.StatsDto dto(org.jiceng.platform.party.domain.PartyStatistics.PartyStats s) {
        return new PartyDtos.StatsDto(s.organizationsByType(), s.membersByKind(), s.compounds(), s.compoundsCovered(),
                ratio(s.compoundsCovered(), s.compounds()), s.grids(), s.gridsCovered(),
                ratio(s.gridsCovered(), s.grids()), s.ownersCommittees().stream().map(c -> {
                    Double share = ratio(c.seatedPartyMembers(), c.seated());
                    return new PartyDtos.OwnersCommitteeDto(c.bodyId(), c.name(), c.seated(), c.seatedPartyMembers(),
                            share, c.candidates(), c.candidatePartyMembers(),
                            ratio(c.candidatePartyMembers(), c.candidates()),
                            share != null && c.seatedPartyMembers() >= OWNERS_COMMITTEE_TARGET * c.seated(),
                            c.candidates() > 0
                                    && c.candidatePartyMembers() >= OWNERS_COMMITTEE_TARGET * c.candidates(),
                            c.chairIsSecretary());
                }).toList(), s.households(), s.householdsCovered(), ratio(s.householdsCovered(), s.households()));
    }

    /** part ÷ whole to four places; null when there is no whole. */
    static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
