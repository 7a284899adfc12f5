package org.jiceng.platform.volunteer.domain;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A volunteer's sign-up for an activity: signed up → checked in → checked out → verified by the organiser, who
 * certifies the minutes served (the check-in to check-out time unless they correct it). Cancelled before check-in.
 */
@Entity
@Table(name = "activity_signup")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class ActivitySignup {
    @Id
    private String id;
    @Column(name = "activity_id", nullable = false)
    private String activityId;
    @Column(name = "volunteer_id", nullable = false)
    private String volunteerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignupStatus status;
    @Column(name = "checked_in_at")
    private OffsetDateTime checkedInAt;
    @Column(name = "checked_out_at")
    private OffsetDateTime checkedOutAt;
    @Column(name = "verified_minutes")
    private Integer verifiedMinutes;
    private Integer points;
    @Column(name = "verified_by")
    private String verifiedBy;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ActivitySignup() {
    }

    public ActivitySignup(String id, String activityId, String volunteerId, OffsetDateTime now) {
        this.id = id;
        this.activityId = activityId;
        this.volunteerId = volunteerId;
        this.status = SignupStatus.SIGNED_UP;
        this.version = 1;
        this.createdAt = now;
    }

    public void cancel() {
        require(SignupStatus.SIGNED_UP, "cancel");
        status = SignupStatus.CANCELLED;
        version++;
    }

    /** Signs up again after a cancellation. */
    public void renew() {
        require(SignupStatus.CANCELLED, "sign up again");
        status = SignupStatus.SIGNED_UP;
        version++;
    }

    public void checkIn(OffsetDateTime at) {
        require(SignupStatus.SIGNED_UP, "check in");
        checkedInAt = at;
        status = SignupStatus.CHECKED_IN;
        version++;
    }

    public void checkOut(OffsetDateTime at) {
        if (status == SignupStatus.SIGNED_UP) {
            throw new StateConflict("check in before checking out");
        }
        require(SignupStatus.CHECKED_IN, "check out");
        if (at.isBefore(checkedInAt)) {
            throw new RuleViolation("at", "check-out cannot precede check-in");
        }
        checkedOutAt = at;
        status = SignupStatus.CHECKED_OUT;
        version++;
    }

    /**
     * The organiser certifies the service: {@code minutes} when given (a correction), else the checked time.
     * Returns the points earned; the caller credits them, once.
     */
    public int verify(Activity activity, String organiser, Integer minutes) {
        if (!activity.organiserSubject().equals(organiser)) {
            throw new StateConflict("only the activity's organiser certifies the hours");
        }
        require(SignupStatus.CHECKED_OUT, "verify");
        int served = minutes != null ? minutes : (int) Duration.between(checkedInAt, checkedOutAt).toMinutes();
        if (served < 0) {
            throw new RuleViolation("minutes", "zero or more");
        }
        if (served > Duration.between(activity.startsAt(), activity.endsAt()).toMinutes() + 24 * 60) {
            throw new RuleViolation("minutes", "longer than the activity");
        }
        verifiedMinutes = served;
        points = activity.pointsFor(served);
        verifiedBy = organiser;
        status = SignupStatus.VERIFIED;
        version++;
        return points;
    }

    private void require(SignupStatus expected, String what) {
        if (status != expected) {
            throw new StateConflict("Cannot " + what + " a sign-up that is " + status + "; allowed now: "
                    + status.allowedNow());
        }
    }

    public String id() { return id; }
    public String activityId() { return activityId; }
    public String volunteerId() { return volunteerId; }
    public SignupStatus status() { return status; }
    public Optional<OffsetDateTime> checkedInAt() { return Optional.ofNullable(checkedInAt); }
    public Optional<OffsetDateTime> checkedOutAt() { return Optional.ofNullable(checkedOutAt); }
    public Optional<Integer> verifiedMinutes() { return Optional.ofNullable(verifiedMinutes); }
    public Optional<Integer> points() { return Optional.ofNullable(points); }
    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }

    public long version() { return version; }
}
