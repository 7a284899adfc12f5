package org.jiceng.platform.deliberation.domain;

import org.jiceng.platform.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;
import org.jiceng.platform.shared.domain.VersionMismatch;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A seat on a council for one term. The seat is described by role and place ("3号楼居民代表"), never by a person's
 * name; the member votes in person through the account linked to the seat.
 */
@Entity
@Table(name = "council_member")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class CouncilMember {
    @Id
    private String id;
    @Column(name = "council_id", nullable = false)
    private String councilId;
    @Column(name = "term_no", nullable = false)
    private int termNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CouncilRole role;
    @Column(nullable = false)
    private String seat;
    @Column(name = "account_subject")
    private String accountSubject;
    @Column(name = "household_id")
    private String householdId;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected CouncilMember() {
    }

    public CouncilMember(String id, Council council, CouncilRole role, String seat, String accountSubject,
                         String householdId, OffsetDateTime now) {
        this.id = id;
        this.councilId = council.id();
        this.termNo = council.termNo();
        this.role = role;
        this.seat = Texts.required("seat", seat, 100);
        this.accountSubject = Texts.optional("accountSubject", accountSubject, 255);
        this.householdId = householdId;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String councilId() { return councilId; }
    public int termNo() { return termNo; }
    public CouncilRole role() { return role; }
    public String seat() { return seat; }
    public Optional<String> accountSubject() { return Optional.ofNullable(accountSubject); }
    public Optional<String> householdId() { return Optional.ofNullable(householdId); }
    public OffsetDateTime createdAt() { return createdAt; }
}
