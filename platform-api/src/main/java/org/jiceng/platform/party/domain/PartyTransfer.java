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
 * 组织关系转接: a member's organisational relationship issued out of one organisation — to another of this
 * tenant, or to a destination outside it — then accepted in or declined. The national Party member system decides
 * transfers; the platform records them, keeping every one as the member's history.
 */
@Entity
@Table(name = "party_transfer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class PartyTransfer {
    @Id
    private String id;
    @Column(name = "member_id", nullable = false)
    private String memberId;
    @Column(name = "from_organization_id", nullable = false)
    private String fromOrganizationId;
    @Column(name = "to_organization_id")
    private String toOrganizationId;
    private String destination;
    @Column(name = "letter_number")
    private String letterNumber;
    private String reason;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private TransferState state;
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PartyTransfer() {
    }

    /** Issues a transfer to {@code to} (an organisation here) or, when empty, to an outside {@code destination}. */
    public PartyTransfer(String id, PartyMember member, Optional<PartyOrganization> to, String destination,
                         String letterNumber, String reason, LocalDate issuedOn, OffsetDateTime now) {
        if (member.leftOn().isPresent()) {
            throw new RuleViolation("memberId", "the member left on " + member.leftOn().get());
        }
        if (to.isPresent() == (destination != null && !destination.isBlank())) {
            throw new RuleViolation("toOrganizationId", "either an organisation of this tenant or an outside "
                    + "destination");
        }
        if (to.isPresent()) {
            if (to.get().id().equals(member.organizationId())) {
                throw new RuleViolation("toOrganizationId", "the member is in this organisation already");
            }
            if (to.get().dissolvedOn().isPresent()) {
                throw new RuleViolation("toOrganizationId", "the organisation is dissolved");
            }
        }
        if (issuedOn == null || issuedOn.isAfter(now.toLocalDate().plusDays(1))) {
            throw new RuleViolation("issuedOn", "a date not in the future");
        }
        this.id = id;
        this.memberId = member.id();
        this.fromOrganizationId = member.organizationId();
        this.toOrganizationId = to.map(PartyOrganization::id).orElse(null);
        this.destination = to.isPresent() ? null : destination.strip();
        this.letterNumber = letterNumber;
        this.reason = reason;
        this.state = TransferState.ISSUED;
        this.issuedOn = issuedOn;
        this.version = 1;
        this.createdAt = now;
    }

    /** Accepted in: the member moves to the receiving organisation, or leaves the tenant for an outside one. */
    public void accept(PartyMember member, LocalDate on, String note) {
        decide(TransferState.ACCEPTED, on, note);
        if (toOrganizationId != null) {
            member.moveTo(toOrganizationId);
        } else {
            member.leave(on);
        }
    }

    public void decline(LocalDate on, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "a declined transfer says why");
        }
        decide(TransferState.DECLINED, on, reason);
    }

    private void decide(TransferState outcome, LocalDate on, String note) {
        if (state != TransferState.ISSUED) {
            throw new StateConflict("the transfer was " + state.name().toLowerCase(java.util.Locale.ROOT) + " on "
                    + decidedOn + "; allowed now: nothing");
        }
        if (on == null || on.isBefore(issuedOn)) {
            throw new RuleViolation("decidedOn", "a date on or after the transfer was issued (" + issuedOn + ")");
        }
        state = outcome;
        decidedOn = on;
        decisionNote = note;
        version++;
    }

    public String id() { return id; }
    public String memberId() { return memberId; }
    public String fromOrganizationId() { return fromOrganizationId; }
    public Optional<String> toOrganizationId() { return Optional.ofNullable(toOrganizationId); }
    public Optional<String> destination() { return Optional.ofNullable(destination); }
    public Optional<String> letterNumber() { return Optional.ofNullable(letterNumber); }
    public Optional<String> reason() { return Optional.ofNullable(reason); }
    public TransferState state() { return state; }
    public LocalDate issuedOn() { return issuedOn; }
    public Optional<LocalDate> decidedOn() { return Optional.ofNullable(decidedOn); }
    public Optional<String> decisionNote() { return Optional.ofNullable(decisionNote); }
    public long version() { return version; }

    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }
}
