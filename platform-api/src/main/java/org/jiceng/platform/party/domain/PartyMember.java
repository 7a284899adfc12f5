package org.jiceng.platform.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * 党员: a Party member of an organisation — FULL or PROBATIONARY; REGISTERED here, IN_SERVICE_REPORTED (working
 * elsewhere, serving their home community) or MOBILE. Name, phone and ID number are stored encrypted only.
 */
@Entity
@Table(name = "party_member")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class PartyMember {
    public static final Set<String> STATUSES = Set.of("FULL", "PROBATIONARY");
    public static final Set<String> KINDS = Set.of("REGISTERED", "IN_SERVICE_REPORTED", "MOBILE");

    @Id
    private String id;
    @Column(name = "organization_id", nullable = false)
    private String organizationId;
    @Column(name = "name_enc")
    private String nameEnc;
    @Column(name = "phone_enc")
    private String phoneEnc;
    @Column(name = "id_number_enc")
    private String idNumberEnc;
    @Column(name = "account_subject")
    private String accountSubject;
    @Column(name = "id_number_hash", nullable = false)
    private String idNumberHash;
    @Column(nullable = false)
    private String status;
    @Column(nullable = false)
    private String kind;
    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;
    private String employer;
    @Column(name = "employer_organization")
    private String employerOrganization;
    @Column(name = "left_on")
    private LocalDate leftOn;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PartyMember() {
    }

    public PartyMember(String id, PartyOrganization organization, String nameEnc, String phoneEnc, String idNumberEnc,
                       String idNumberHash, String status, String kind, LocalDate joinedOn, OffsetDateTime now) {
        if (organization.dissolvedOn().isPresent()) {
            throw new RuleViolation("organizationId", "the organisation is dissolved");
        }
        if (!STATUSES.contains(status)) {
            throw new RuleViolation("status", "FULL or PROBATIONARY");
        }
        if (!KINDS.contains(kind)) {
            throw new RuleViolation("kind", "one of " + KINDS);
        }
        if (joinedOn == null || joinedOn.isAfter(now.toLocalDate().plusDays(1))) {
            throw new RuleViolation("joinedOn", "a date not in the future");
        }
        this.id = id;
        this.organizationId = organization.id();
        this.nameEnc = nameEnc;
        this.phoneEnc = phoneEnc;
        this.idNumberEnc = idNumberEnc;
        this.idNumberHash = idNumberHash;
        this.status = status;
        this.kind = kind;
        this.joinedOn = joinedOn;
        this.version = 1;
        this.createdAt = now;
    }

    /** An in-service member's employer and the Party organisation there, as they reported it. */
    public void employedAt(String employer, String employerOrganization) {
        this.employer = employer;
        this.employerOrganization = employerOrganization;
    }

    /** Moves the member's organisational relationship (a transfer accepted in). */
    void moveTo(String organizationId) {
        this.organizationId = organizationId;
        version++;
    }

    /** The member's relationship went outside the tenant: they stay on record but on no roster. */
    void leave(LocalDate on) {
        this.leftOn = on;
        version++;
    }

    /** Mainland resident ID number (GB 11643): 18 characters, the last a checksum (0-9 or X). */
    public static boolean isValidIdNumber(String id) {
        if (id == null || !id.matches("^[1-9][0-9]{16}[0-9X]$")) {
            return false;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11) == id.charAt(17);
    }

    public String id() { return id; }
    public String organizationId() { return organizationId; }
    public String nameEnc() { return nameEnc; }
    public Optional<String> phoneEnc() { return Optional.ofNullable(phoneEnc); }
    public String idNumberEnc() { return idNumberEnc; }
    public String status() { return status; }
    public String kind() { return kind; }
    public LocalDate joinedOn() { return joinedOn; }
    public Optional<String> employer() { return Optional.ofNullable(employer); }
    public Optional<String> employerOrganization() { return Optional.ofNullable(employerOrganization); }
    public Optional<LocalDate> leftOn() { return Optional.ofNullable(leftOn); }
    public String idNumberHash() { return idNumberHash; }
    public long version() { return version; }

    /** The platform account (token subject) the member signs in with, if linked. */
    public java.util.Optional<String> accountSubject() {
        return java.util.Optional.ofNullable(accountSubject);
    }

    /** Links the member to the account they sign in with; null unlinks. */
    public void linkAccount(String subject) {
        if (subject != null && (subject.isBlank() || subject.length() > 255)) {
            throw new RuleViolation("subject", "1-255 characters, or null to unlink");
        }
        this.accountSubject = subject == null ? null : subject.strip();
        this.version++;
    }
}
