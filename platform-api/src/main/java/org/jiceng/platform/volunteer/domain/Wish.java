package org.jiceng.platform.volunteer.domain;

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

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 微心愿: a resident's small wish, which a volunteer (often an in-service Party member, as in Beijing's "wish
 * claiming") claims and fulfils; the volunteer's points come when the resident confirms. Posted → claimed →
 * fulfilled → confirmed, or withdrawn by the resident before anyone claims it.
 */
@Entity
@Table(name = "wish")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Wish {
    /** Where a wish stands, and the steps each state allows (by their API names). */
    public enum Status {
        POSTED("claim, withdraw"), CLAIMED("fulfil"), FULFILLED("confirm"),
        CONFIRMED("nothing (the wish is fulfilled)"), WITHDRAWN("nothing (the wish is withdrawn)");

        private final String allowedNow;

        Status(String allowedNow) {
            this.allowedNow = allowedNow;
        }

        /** What a 409 tells the caller it can do instead. */
        public String allowedNow() {
            return allowedNow;
        }
    }

    @Id
    private String id;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String description;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Column(name = "resident_subject", nullable = false)
    private String residentSubject;
    @Column(nullable = false)
    private int points;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "volunteer_id")
    private String volunteerId;
    @Column(name = "claimed_at")
    private OffsetDateTime claimedAt;
    @Column(name = "fulfilled_at")
    private OffsetDateTime fulfilledAt;
    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Wish() {
    }

    public Wish(String id, String title, String description, String gridId, String residentSubject, int points,
                OffsetDateTime now) {
        if (title == null || title.isBlank() || title.length() > 100) {
            throw new RuleViolation("title", "1-100 characters");
        }
        if (description == null || description.isBlank() || description.length() > 1000) {
            throw new RuleViolation("description", "1-1000 characters");
        }
        if (points < 1 || points > 1000) {
            throw new RuleViolation("points", "1 to 1000");
        }
        this.id = id;
        this.title = title.strip();
        this.description = description.strip();
        this.gridId = gridId;
        this.residentSubject = residentSubject;
        this.points = points;
        this.status = Status.POSTED;
        this.version = 1;
        this.createdAt = now;
    }

    public void claim(String volunteer, OffsetDateTime now) {
        require(Status.POSTED, "claim");
        volunteerId = volunteer;
        claimedAt = now;
        move(Status.CLAIMED);
    }

    public void fulfil(OffsetDateTime now) {
        require(Status.CLAIMED, "fulfil");
        fulfilledAt = now;
        move(Status.FULFILLED);
    }

    /** The resident confirms; returns the points the volunteer earns. */
    public int confirm(String by, OffsetDateTime now) {
        requireResident(by);
        require(Status.FULFILLED, "confirm");
        confirmedAt = now;
        move(Status.CONFIRMED);
        return points;
    }

    public void withdraw(String by) {
        requireResident(by);
        require(Status.POSTED, "withdraw");
        move(Status.WITHDRAWN);
    }

    private void requireResident(String by) {
        if (!residentSubject.equals(by)) {
            throw new StateConflict("only the resident who posted the wish does this");
        }
    }

    private void require(Status expected, String what) {
        if (status != expected) {
            throw new StateConflict("Cannot " + what + " a wish that is " + status + "; allowed now: "
                    + status.allowedNow());
        }
    }

    private void move(Status to) {
        status = to;
        version++;
    }

    public String id() { return id; }
    public String title() { return title; }
    public String description() { return description; }
    public String gridId() { return gridId; }
    public String residentSubject() { return residentSubject; }
    public int points() { return points; }
    public Status status() { return status; }
    public Optional<String> volunteerId() { return Optional.ofNullable(volunteerId); }
    public Optional<OffsetDateTime> claimedAt() { return Optional.ofNullable(claimedAt); }
    public Optional<OffsetDateTime> fulfilledAt() { return Optional.ofNullable(fulfilledAt); }
    public Optional<OffsetDateTime> confirmedAt() { return Optional.ofNullable(confirmedAt); }
    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }

    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }
}
