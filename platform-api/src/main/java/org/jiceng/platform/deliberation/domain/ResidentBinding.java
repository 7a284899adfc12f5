package org.jiceng.platform.deliberation.domain;

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
 * A resident bound to their household or to an owner of the property register, so that they may vote and evaluate
 * for it. The resident is known by an actor key: {@code user:<subject>} for their own account, or
 * {@code app:<client>:<end user>} for a resident a vendor's app acts for; a binding made through an app is used
 * only through that app. Staff verify a binding before it counts.
 */
@Entity
@Table(name = "resident_binding")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class ResidentBinding {
    public enum State { REQUESTED, VERIFIED, REVOKED }

    @Id
    private String id;
    @Column(name = "actor_key", nullable = false)
    private String actorKey;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "household_id")
    private String householdId;
    @Column(name = "owner_id")
    private String ownerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "verified_by")
    private String verifiedBy;
    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;
    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;
    @Column(nullable = false)
    private long version;

    protected ResidentBinding() {
    }

    public ResidentBinding(String id, String actorKey, String clientId, String householdId, String ownerId,
                           OffsetDateTime now) {
        if ((householdId == null) == (ownerId == null)) {
            throw new RuleViolation("householdId", "exactly one of householdId and ownerId");
        }
        this.id = id;
        this.actorKey = actorKey;
        this.clientId = clientId;
        this.householdId = householdId;
        this.ownerId = ownerId;
        this.state = State.REQUESTED;
        this.requestedAt = now;
        this.version = 1;
    }

    public void verify(String by, OffsetDateTime now) {
        if (state != State.REQUESTED) {
            throw new StateConflict("Only a requested binding is verified; this one is " + state);
        }
        state = State.VERIFIED;
        verifiedBy = by;
        verifiedAt = now;
        version++;
    }

    public void revoke() {
        if (state == State.REVOKED) {
            throw new StateConflict("The binding is revoked already");
        }
        state = State.REVOKED;
        version++;
    }

    public void requireVersion(long expected) {
        VersionMismatch.check(expected, version);
    }

    public String id() { return id; }
    public String actorKey() { return actorKey; }
    public Optional<String> clientId() { return Optional.ofNullable(clientId); }
    public Optional<String> householdId() { return Optional.ofNullable(householdId); }
    public Optional<String> ownerId() { return Optional.ofNullable(ownerId); }
    public State state() { return state; }
    public Optional<String> verifiedBy() { return Optional.ofNullable(verifiedBy); }
    public OffsetDateTime requestedAt() { return requestedAt; }
    public Optional<OffsetDateTime> verifiedAt() { return Optional.ofNullable(verifiedAt); }
    public long version() { return version; }
}
