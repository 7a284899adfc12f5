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

/** A tenant-set multiplier of an activity's points (HOLIDAY 200 %, NIGHT 150 %, SEVERE_WEATHER 300 %). */
@Entity
@Table(name = "points_multiplier")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class PointsMultiplier {
    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private int percent;
    @Column(nullable = false)
    private long version;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected PointsMultiplier() {
    }

    public PointsMultiplier(String code, String name, int percent, OffsetDateTime now) {
        if (code == null || !code.matches("^[A-Z][A-Z0-9_]{1,39}$")) {
            throw new RuleViolation("code", "2-40 upper-case letters, digits or underscores, e.g. HOLIDAY");
        }
        this.code = code;
        set(name, percent, now);
        this.version = 1;
    }

    public void set(String newName, int newPercent, OffsetDateTime now) {
        if (newName == null || newName.isBlank() || newName.length() > 60) {
            throw new RuleViolation("name", "1-60 characters");
        }
        if (newPercent < 1 || newPercent > 1000) {
            throw new RuleViolation("percent", "1 to 1000");
        }
        this.name = newName.strip();
        this.percent = newPercent;
        this.updatedAt = now;
        this.version++;
    }

    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }

    public String code() { return code; }
    public String name() { return name; }
    public int percent() { return percent; }
    public long version() { return version; }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
