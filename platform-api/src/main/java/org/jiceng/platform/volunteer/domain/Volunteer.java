package org.jiceng.platform.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 志愿者: a person who serves, with contact details kept encrypted, a home grid and a certificate number that their
 * printed service record carries. Their points live in their own ledger account.
 */
@Entity
@Table(name = "volunteer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Volunteer {
    @Id
    private String id;
    private String subject;
    @Column(name = "external_id")
    private String externalId;
    @Column(name = "name_enc", nullable = false)
    private String nameEnc;
    @Column(name = "phone_enc")
    private String phoneEnc;
    @Column(name = "phone_hash")
    private String phoneHash;
    @Column(name = "home_grid_id", nullable = false)
    private String homeGridId;
    @Column(name = "certificate_no", nullable = false)
    private String certificateNo;
    @Column(nullable = false)
    private String skills = "[]";
    @Column(name = "party_member_id")
    private String partyMemberId;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Volunteer() {
    }

    public Volunteer(String id, String subject, String externalId, String nameEnc, String phoneEnc, String phoneHash,
                     String homeGridId, String certificateNo, OffsetDateTime now) {
        if (nameEnc == null) {
            throw new RuleViolation("name", "required");
        }
        this.id = id;
        this.subject = subject;
        this.externalId = externalId;
        this.nameEnc = nameEnc;
        this.phoneEnc = phoneEnc;
        this.phoneHash = phoneHash;
        this.homeGridId = homeGridId;
        this.certificateNo = certificateNo;
        this.version = 1;
        this.createdAt = now;
    }

    public String id() { return id; }
    public Optional<String> subject() { return Optional.ofNullable(subject); }
    public Optional<String> externalId() { return Optional.ofNullable(externalId); }
    public String nameEnc() { return nameEnc; }
    public Optional<String> phoneEnc() { return Optional.ofNullable(phoneEnc); }
    public String homeGridId() { return homeGridId; }
    public String certificateNo() { return certificateNo; }
    /** The Party member this volunteer is, if any (an in-service member serving their home community). */
    public Optional<String> partyMemberId() { return Optional.ofNullable(partyMemberId); }

    public void linkPartyMember(String memberId) {
        this.partyMemberId = memberId;
        this.version++;
    }

    /** Skills as a JSON array of short labels. */
    public String skillsJson() { return skills; }

    /** Sets the skills (a JSON array of 0-20 labels of 1-20 characters, checked by the caller). */
    public void skills(String json) {
        this.skills = json;
        this.version++;
    }
    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }
}
