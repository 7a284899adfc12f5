package org.jiceng.platform.commons.domain;

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

import java.time.Duration;
import java.time.OffsetDateTime;

/** A place booked for a slot; two bookings of a place never overlap. */
@Entity
@Table(name = "list_booking")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Booking {
    public enum State { BOOKED, CANCELLED }

    @Id
    private String id;
    @Column(name = "resource_id", nullable = false)
    private String resourceId;
    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;
    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;
    @Column(nullable = false)
    private String purpose;
    @Column(name = "booked_by", nullable = false)
    private String bookedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Booking() {
    }

    public Booking(String id, CommunityResource place, OffsetDateTime startsAt, OffsetDateTime endsAt, String purpose,
                   String bookedBy, OffsetDateTime now) {
        place.requireBookable();
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new RuleViolation("endsAt", "after startsAt");
        }
        if (Duration.between(startsAt, endsAt).toDays() > 31) {
            throw new RuleViolation("endsAt", "within 31 days of startsAt");
        }
        this.id = id;
        this.resourceId = place.id();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.purpose = Texts.required("purpose", purpose, 200);
        this.bookedBy = bookedBy;
        this.state = State.BOOKED;
        this.version = 1;
        this.createdAt = now;
    }

    public boolean overlaps(OffsetDateTime from, OffsetDateTime to) {
        return state == State.BOOKED && startsAt.isBefore(to) && from.isBefore(endsAt);
    }

    public void cancel() {
        if (state == State.CANCELLED) {
            throw new StateConflict("The booking is cancelled already");
        }
        state = State.CANCELLED;
        version++;
    }

    public void requireVersion(long expected) {
        VersionMismatch.check(expected, version);
    }

    public String id() { return id; }
    public String resourceId() { return resourceId; }
    public OffsetDateTime startsAt() { return startsAt; }
    public OffsetDateTime endsAt() { return endsAt; }
    public String purpose() { return purpose; }
    public String bookedBy() { return bookedBy; }
    public State state() { return state; }
    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }
}
