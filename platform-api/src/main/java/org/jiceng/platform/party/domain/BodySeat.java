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
import java.util.Set;

/**
 * A seat in a community body — CHAIR, DEPUTY_CHAIR, MEMBER, MANAGER or STAFF — either SEATED or stood for as a
 * CANDIDATE. The person's name and phone are stored encrypted; when they are a Party member the seat names them,
 * and it is a post they hold concurrently (a secretary chairing the owners' committee, 一肩挑).
 */
@Entity
@Table(name = "body_seat")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class BodySeat {
    public static final Set<String> ROLES = Set.of("CHAIR", "DEPUTY_CHAIR", "MEMBER", "MANAGER", "STAFF");
    public static final Set<String> STANDINGS = Set.of("SEATED", "CANDIDATE");

    @Id
    private String id;
    @Column(name = "body_id", nullable = false)
    private String bodyId;
    @Column(name = "name_enc", nullable = false)
    private String nameEnc;
    @Column(name = "phone_enc")
    private String phoneEnc;
    @Column(name = "party_member_id")
    private String partyMemberId;
    @Column(nullable = false)
    private String role;
    @Column(nullable = false)
    private String standing;
    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private long version;

    protected BodySeat() {
    }

    public BodySeat(String id, CommunityBody body, String nameEnc, String phoneEnc, String partyMemberId, String role,
                    String standing, LocalDate startedOn, OffsetDateTime now) {
        if (!ROLES.contains(role)) {
            throw new RuleViolation("role", "one of " + ROLES);
        }
        if (!STANDINGS.contains(standing)) {
            throw new RuleViolation("standing", "SEATED or CANDIDATE");
        }
        if (startedOn == null || startedOn.isAfter(now.toLocalDate().plusDays(1))) {
            throw new RuleViolation("startedOn", "a date not in the future");
        }
        this.id = id;
        this.bodyId = body.id();
        this.nameEnc = nameEnc;
        this.phoneEnc = phoneEnc;
        this.partyMemberId = partyMemberId;
        this.role = role;
        this.standing = standing;
        this.startedOn = startedOn;
        this.createdAt = now;
        this.version = 1;
    }

    public void end(LocalDate on) {
        if (endedOn != null) {
            throw new StateConflict("the seat ended on " + endedOn);
        }
        if (on == null || on.isBefore(startedOn)) {
            throw new RuleViolation("endedOn", "a date on or after the seat was taken (" + startedOn + ")");
        }
        endedOn = on;
        version++;
    }

    public String id() { return id; }
    public String bodyId() { return bodyId; }
    public String nameEnc() { return nameEnc; }
    public Optional<String> phoneEnc() { return Optional.ofNullable(phoneEnc); }
    public Optional<String> partyMemberId() { return Optional.ofNullable(partyMemberId); }
    public String role() { return role; }
    public String standing() { return standing; }
    public LocalDate startedOn() { return startedOn; }
    public Optional<LocalDate> endedOn() { return Optional.ofNullable(endedOn); }
    public long version() { return version; }

    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }
}
