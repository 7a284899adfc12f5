package org.jiceng.platform.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** 党员联户: a member linked to one household, or to every household of a building, compound or grid. */
@Entity
@Table(name = "party_member_link")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class MemberLink {
    @Id
    private String id;
    @Column(name = "member_id", nullable = false)
    private String memberId;
    @Column(name = "grid_id")
    private String gridId;
    @Column(name = "household_id")
    private String householdId;
    @Column(name = "linked_on", nullable = false)
    private LocalDate linkedOn;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private long version;

    protected MemberLink() {
    }

    public MemberLink(String id, String memberId, String gridId, String householdId, LocalDate linkedOn,
                      OffsetDateTime now) {
        this.id = id;
        this.memberId = memberId;
        this.gridId = gridId;
        this.householdId = householdId;
        this.linkedOn = linkedOn;
        this.createdAt = now;
        this.version = 1;
    }

    public String id() { return id; }
    public String memberId() { return memberId; }
    public Optional<String> gridId() { return Optional.ofNullable(gridId); }
    public Optional<String> householdId() { return Optional.ofNullable(householdId); }
    public LocalDate linkedOn() { return linkedOn; }
    public long version() { return version; }

    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }
}
