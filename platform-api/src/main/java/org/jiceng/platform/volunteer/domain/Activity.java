package org.jiceng.platform.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 志愿活动: a time window of service in a grid, with a capacity and a points rule — a fixed number per service, or
 * a number per verified hour. Its organiser is the one who certifies the hours.
 */
@Entity
@Table(name = "activity")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Activity {
    @Id
    private String id;
    @Column(nullable = false)
    private String title;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;
    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;
    @Column(nullable = false)
    private int capacity;
    @Column(name = "organiser_subject", nullable = false)
    private String organiserSubject;
    @Column(name = "points_fixed")
    private Integer pointsFixed;
    @Column(name = "points_per_hour")
    private Integer pointsPerHour;
    @Column(name = "multiplier_code")
    private String multiplierCode;
    @Column(name = "multiplier_percent", nullable = false)
    private int multiplierPercent = 100;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Activity() {
    }

    public Activity(String id, String title, String gridId, OffsetDateTime startsAt, OffsetDateTime endsAt,
                    int capacity, String organiserSubject, Integer pointsFixed, Integer pointsPerHour,
                    OffsetDateTime now) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new RuleViolation("title", "1-200 characters");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new RuleViolation("endsAt", "after startsAt");
        }
        if (Duration.between(startsAt, endsAt).toDays() > 31) {
            throw new RuleViolation("endsAt", "an activity lasts at most 31 days");
        }
        if (capacity < 1 || capacity > 10_000) {
            throw new RuleViolation("capacity", "1 to 10000");
        }
        if ((pointsFixed == null) == (pointsPerHour == null)) {
            throw new RuleViolation("pointsFixed", "either pointsFixed or pointsPerHour");
        }
        if (pointsFixed != null && (pointsFixed < 1 || pointsFixed > 10_000)
                || pointsPerHour != null && (pointsPerHour < 1 || pointsPerHour > 1_000)) {
            throw new RuleViolation("points", "pointsFixed 1-10000 or pointsPerHour 1-1000");
        }
        this.id = id;
        this.title = title.strip();
        this.gridId = gridId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
        this.organiserSubject = organiserSubject;
        this.pointsFixed = pointsFixed;
        this.pointsPerHour = pointsPerHour;
        this.version = 1;
        this.createdAt = now;
    }

    /** Applies one of the tenant's multipliers, as it stands now; later changes to it do not reach this activity. */
    public void multiplyBy(PointsMultiplier m) {
        multiplierCode = m.code();
        multiplierPercent = m.percent();
    }

    /**
     * Points for a service of {@code minutes} verified minutes: the fixed number, or the verified time's worth at
     * the hourly rate (rounded down), times the multiplier.
     */
    public int pointsFor(int minutes) {
        long base = pointsFixed != null ? pointsFixed : (long) minutes * pointsPerHour / 60;
        return (int) (base * multiplierPercent / 100);
    }

    public java.util.Optional<String> multiplierCode() { return java.util.Optional.ofNullable(multiplierCode); }
    public int multiplierPercent() { return multiplierPercent; }

    public String id() { return id; }
    public String title() { return title; }
    public String gridId() { return gridId; }
    public OffsetDateTime startsAt() { return startsAt; }
    public OffsetDateTime endsAt() { return endsAt; }
    public int capacity() { return capacity; }
    public String organiserSubject() { return organiserSubject; }
    public Optional<Integer> pointsFixed() { return Optional.ofNullable(pointsFixed); }
    public Optional<Integer> pointsPerHour() { return Optional.ofNullable(pointsPerHour); }
    public OffsetDateTime createdAt() { return createdAt; }
    public long version() { return version; }
}
