package org.jiceng.platform.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.party.domain.PartyMember;
import org.jiceng.platform.party.domain.PartyOrganization;
import org.jiceng.platform.party.domain.PartyReport;
import org.jiceng.platform.party.domain.PartyRepository;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.pii.Disclosure;
import org.jiceng.platform.shared.pii.Masking;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.security.Permission;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 在职党员到社区报到 as a flow. A member registered in another organisation of this tenant (another district of a
 * city) is found by their ID number; someone from outside the tenant brings their person data, sealed on the
 * report. The community's organisation accepts — the reporter then joins its roster as IN_SERVICE_REPORTED, a
 * member record being created for an outside reporter — or declines with a reason.
 */
@ApplicationScoped
@Transactional
public class PartyReports {
    static final String NAME = "party_report.name_enc";
    static final String PHONE = "party_report.phone_enc";
    static final String ID_NUMBER = "party_report.id_number_enc";

    @Inject
    PartyRepository repo;
    @Inject
    PartyRecords records;
    @Inject
    PartyMembers members;
    @Inject
    Disclosure disclosure;
    @Inject
    CallerContext callers;
    @Inject
    Outbox outbox;

    /**
     * Records a report to {@code organizationId}: by a member of this tenant ({@code memberId}), or by a person
     * whose ID number finds their member record here or, failing that, who comes from outside the tenant.
     */
    public ReportView report(String organizationId, String memberId, PartyMembers.Person person, String status,
                             LocalDate joinedOn, String employer, String employerOrganization, LocalDate reportedOn) {
        callers.get().require(Permission.PARTY_WRITE);
        if ((memberId == null) == (person == null)) {
            throw new RuleViolation("memberId", "either a member of this tenant or the reporter's name and ID number");
        }
        PartyOrganization to = records.locked(PartyOrganization.class, "Party organisation", organizationId);
        Optional<PartyMember> member = memberId != null ? Optional.of(records.member(memberId))
                : repo.memberByIdNumberHash(disclosure.lookupHash(person.idNumber()));
        String hash = member.map(PartyMember::idNumberHash).orElseGet(() -> disclosure.lookupHash(person.idNumber()));
        if (repo.openReport(to.id(), hash)) {
            throw new StateConflict("this member has reported to this organisation already");
        }
        PartyReport r = member.isPresent()
                ? PartyReport.ofMember(Ids.newId(), to, member.get(), hash, employer, employerOrganization,
                        reportedOn, records.now())
                : PartyReport.ofPerson(Ids.newId(), to, disclosure.seal(NAME, person.name()),
                        disclosure.seal(PHONE, person.phone()), disclosure.seal(ID_NUMBER, person.idNumber()), hash,
                        status == null ? "FULL" : status, joinedOn, employer, employerOrganization, reportedOn,
                        records.now());
        repo.add(r);
        repo.flush();
        outbox.record("party-report.reported", "party-organization", to.id(), Map.of("reportId", r.id()));
        return view(r);
    }

    public ReportView accept(String reportId, long expectedVersion, LocalDate on, String note) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyReport r = records.locked(PartyReport.class, "in-service report", reportId);
        r.requireVersion(expectedVersion);
        if (r.state() != org.jiceng.platform.party.domain.ReportState.REPORTED) {
            throw new StateConflict("the report was " + r.state().name().toLowerCase(java.util.Locale.ROOT)
                    + " already; allowed now: nothing");
        }
        PartyMember m;
        if (r.memberId().isPresent()) {
            m = records.member(r.memberId().get());
        } else if (repo.idNumberTaken(r.idNumberHash())) {
            // registered here since reporting: serve from their own record
            m = repo.memberByIdNumberHash(r.idNumberHash()).orElseThrow();
        } else {
            PartyOrganization o = records.organization(r.organizationId());
            m = members.newMember(o, new PartyMembers.Person(disclosure.open(NAME, r.nameEnc().orElse(null)),
                    disclosure.open(PHONE, r.phoneEnc().orElse(null)),
                    disclosure.open(ID_NUMBER, r.idNumberEnc().orElse(null))), r.idNumberHash(), r.status(),
                    "IN_SERVICE_REPORTED", r.joinedOn());
        }
        m.employedAt(r.employer(), r.employerOrganization().orElse(null));
        r.accept(m, on == null ? records.today() : on, note);
        outbox.record("party-report.accepted", "party-organization", r.organizationId(), Map.of("reportId", r.id(),
                "memberId", m.id()));
        return view(r);
    }

    public ReportView decline(String reportId, long expectedVersion, LocalDate on, String reason) {
        callers.get().require(Permission.PARTY_WRITE);
        PartyReport r = records.locked(PartyReport.class, "in-service report", reportId);
        r.requireVersion(expectedVersion);
        r.decline(on == null ? records.today() : on, reason);
        outbox.record("party-report.declined", "party-organization", r.organizationId(), Map.of("reportId", r.id()));
        return view(r);
    }

    public ReportView get(String reportId) {
        callers.get().require(Permission.PARTY_READ);
        return view(records.found(PartyReport.class, "in-service report", reportId));
    }

    public Slice<ReportView> list(String organizationId, String state, String afterId, int limit) {
        callers.get().require(Permission.PARTY_READ);
        java.util.Optional<org.jiceng.platform.party.domain.ReportState> wanted = java.util.Optional.ofNullable(state)
                .map(s -> org.jiceng.platform.shared.domain.EnumValues.parse(
                        org.jiceng.platform.party.domain.ReportState.class, "state", s));
        return Slice.of(repo.reports(records.organization(organizationId).id(), wanted, afterId, limit), limit)
                .map(this::view);
    }

    private ReportView view(PartyReport r) {
        if (r.memberId().isPresent() && r.nameEnc().isEmpty()) {
            MemberView m = members.view(records.member(r.memberId().get()));
            return new ReportView(r, m.name(), m.phone(), m.idNumber(), m.masked());
        }
        Disclosure.Shown s = disclosure.show("party-report", r.id(),
                new Disclosure.Field("name", NAME, r.nameEnc().orElse(null), Masking::name),
                new Disclosure.Field("phone", PHONE, r.phoneEnc().orElse(null), Masking::phone),
                new Disclosure.Field("idNumber", ID_NUMBER, r.idNumberEnc().orElse(null), Masking::idNumber));
        return new ReportView(r, s.get("name"), s.get("phone"), s.get("idNumber"), s.masked());
    }
}
