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
import java.util.Set;

/** 志愿服务队: a team serving one area (public security, sanitation, order, culture …) in a grid, with a leader. */
@Entity
@Table(name = "volunteer_team")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class VolunteerTeam {
    public static final Set<String> SERVICE_AREAS = Set.of("PUBLIC_SECURITY", "SANITATION", "ORDER", "CULTURE",
            "ELDERLY_CARE", "OTHER");

    @Id
    private String id;
    @Column(nullable = false)
    private String name;
    @Column(name = "service_area", nullable = false)
    private String serviceArea;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Column(name = "leader_id")
    private String leaderId;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected VolunteerTeam() {
    }

    public VolunteerTeam(String id, String name, String serviceArea, String gridId, String leaderId,
                         OffsetDateTime now) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new RuleViolation("name", "1-100 characters");
        }
        if (!SERVICE_AREAS.contains(serviceArea)) {
            throw new RuleViolation("serviceArea", "one of " + SERVICE_AREAS);
        }
        this.id = id;
        this.name = name.strip();
        this.serviceArea = serviceArea;
        this.gridId = gridId;
        this.leaderId = leaderId;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String name() { return name; }
    public String serviceArea() { return serviceArea; }
    public String gridId() { return gridId; }
    public Optional<String> leaderId() { return Optional.ofNullable(leaderId); }
    public OffsetDateTime createdAt() { return createdAt; }
}
