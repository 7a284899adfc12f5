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
 * 志愿服务队: a team serving one area (public security, sanitation, order, culture …) in a grid, with a leader.
 * Its version moves when its membership changes, so a membership change names the team as its caller last saw it.
 */
@Entity
@Table(name = "volunteer_team")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class VolunteerTeam {
    @Id
    private String id;
    @Column(nullable = false)
    private String name;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "service_area", nullable = false)
    private ServiceArea serviceArea;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Column(name = "leader_id")
    private String leaderId;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected VolunteerTeam() {
    }

    public VolunteerTeam(String id, String name, ServiceArea serviceArea, String gridId, String leaderId,
                         OffsetDateTime now) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new RuleViolation("name", "1-100 characters");
        }
        if (serviceArea == null) {
            throw new RuleViolation("serviceArea", "required");
        }
        this.id = id;
        this.name = name.strip();
        this.serviceArea = serviceArea;
        this.gridId = gridId;
        this.leaderId = leaderId;
        this.version = 1;
        this.createdAt = now;
    }

    /** A volunteer joins: the team's membership, and so its version, changes. */
    public void admitted() {
        version++;
    }

    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }

    public String id() { return id; }
    public String name() { return name; }
    public ServiceArea serviceArea() { return serviceArea; }
    public String gridId() { return gridId; }
    public Optional<String> leaderId() { return Optional.ofNullable(leaderId); }
    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }
}
