package org.jiceng.platform.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 在职党员报到: a member whose organisational relationship is elsewhere — in another district of a city tenant
 * ({@code memberId} set) or outside the tenant (their person data sealed here) — reports to a community's
 * organisation, which then accepts or declines. Once accepted, the member is on that organisation's roster as
 * IN_SERVICE_REPORTED.
 */
@Entity
@Table(name = "party_report")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class PartyReport {
    @Id
    private String id;
    @Column(name = "organization_id", nullable = false)
    private String organizationId;
    @Column(name = "member_id")
    private String memberId;
    @Column(name = "name_enc")
    private String nameEnc;
    @Column(name = "phone_enc")
    private String phoneEnc;
    @Column(name = "id_number_enc")
    private String idNumberEnc;
    @Column(name = "id_number_hash", nullable = false)
    private String idNumberHash;
    @Column(nullable = false)
    private String status;
    @Column(name = "joined_on")
    private LocalDate joinedOn;
    @Column(nullable = false)
    private String employer;
    @Column(name = "employer_organization")
    private String employerOrganization;
    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private ReportState state;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PartyReport() {
    }

    /** A member of this tenant reporting to another organisation of it. */
    public static PartyReport ofMember(String id, PartyOrganization to, PartyMember member, String idNumberHash,
                                       String employer, String employerOrganization, LocalDate reportedOn,
                                       OffsetDateTime now) {
        if (member.organizationId().equals(to.id())) {
            throw new RuleViolation("organizationId", "the member is registered in this organisation already");
        }
        if (member.leftOn().isPresent()) {
            throw new RuleViolation("memberId", "the member left on " + member.leftOn().get());
        }
        PartyReport r = base(id, to, employer, employerOrganization, reportedOn, now);
        r.memberId = member.id();
        r.idNumberHash = idNumberHash;
        r.status = member.status();
        r.joinedOn = member.joinedOn();
        return r;
    }

    /** A member from outside the tenant, whose person data the report carries until accepted. */
    public static PartyReport ofPerson(String id, PartyOrganization to, String nameEnc, String phoneEnc,
                                       String idNumberEnc, String idNumberHash, String status, LocalDate joinedOn,
                                       String employer, String employerOrganization, LocalDate reportedOn,
                                       OffsetDateTime now) {
        if (!PartyMember.STATUSES.contains(status)) {
            throw new RuleViolation("status", "FULL or PROBATIONARY");
        }
        if (joinedOn == null || joinedOn.isAfter(now.toLocalDate().plusDays(1))) {
            throw new RuleViolation("joinedOn", "the date they joined the Party, not in the future");
        }
        PartyReport r = base(id, to, employer, employerOrganization, reportedOn, now);
        r.nameEnc = nameEnc;
        r.phoneEnc = phoneEnc;
        r.idNumberEnc = idNumberEnc;
        r.idNumberHash = idNumberHash;
        r.status = status;
        r.joinedOn = joinedOn;
        return r;
    }

    private static PartyReport base(String id, PartyOrganization to, String employer, String employerOrganization,
                                    LocalDate reportedOn, OffsetDateTime now) {
        if (to.dissolvedOn().isPresent()) {
            throw new RuleViolation("organizationId", "the organisation is dissolved");
        }
        if (employer == null || employer.isBlank() || employer.length() > 200) {
            throw new RuleViolation("employer", "the member's employer, 1-200 characters");
        }
        if (reportedOn == null || reportedOn.isAfter(now.toLocalDate().plusDays(1))) {
            throw new RuleViolation("reportedOn", "a date not in the future");
        }
        PartyReport r = new PartyReport();
        r.id = id;
        r.organizationId = to.id();
        r.employer = employer.strip();
        r.employerOrganization = employerOrganization;
        r.reportedOn = reportedOn;
        r.state = ReportState.REPORTED;
        r.version = 1;
        r.createdAt = now;
        return r;
    }

    /** Accepted; {@code member} is the reporter's member record (created now for someone from outside). */
    public void accept(PartyMember member, LocalDate on, String note) {
        decide(ReportState.ACCEPTED, on, note);
        this.memberId = member.id();
    }

    public void decline(LocalDate on, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "a declined report says why");
        }
        decide(ReportState.DECLINED, on, reason);
    }

    private void decide(ReportState outcome, LocalDate on, String note) {
        if (state != ReportState.REPORTED) {
            throw new StateConflict("the report was " + state.name().toLowerCase(java.util.Locale.ROOT) + " on "
                    + decidedOn + "; allowed now: nothing");
        }
        if (on == null || on.isBefore(reportedOn)) {
            throw new RuleViolation("decidedOn", "a date on or after the report (" + reportedOn + ")");
        }
        state = outcome;
        decidedOn = on;
        decisionNote = note;
        version++;
    }

    public String id() { return id; }
    public String organizationId() { return organizationId; }
    public Optional<String> memberId() { return Optional.ofNullable(memberId); }
    public Optional<String> nameEnc() { return Optional.ofNullable(nameEnc); }
    public Optional<String> phoneEnc() { return Optional.ofNullable(phoneEnc); }
    public Optional<String> idNumberEnc() { return Optional.ofNullable(idNumberEnc); }
    public String idNumberHash() { return idNumberHash; }
    public String status() { return status; }
    public LocalDate joinedOn() { return joinedOn; }
    public String employer() { return employer; }
    public Optional<String> employerOrganization() { return Optional.ofNullable(employerOrganization); }
    public LocalDate reportedOn() { return reportedOn; }
    public ReportState state() { return state; }
    public Optional<LocalDate> decidedOn() { return Optional.ofNullable(decidedOn); }
    public Optional<String> decisionNote() { return Optional.ofNullable(decisionNote); }
    public long version() { return version; }

    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }
}
