package org.jiceng.platform.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A named alliance of bodies serving one grid node — the "5+" red alliance (红色联盟) of the community Party
 * organisation, owners' committee, supervisory committee, property company, "two new" organisations and
 * departments — which meets and takes decisions, each with an owner and a due date.
 */
@Entity
@Table(name = "alliance")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Alliance {
    @Id
    private String id;
    @Column(nullable = false)
    private String name;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Column(name = "established_on", nullable = false)
    private LocalDate establishedOn;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Alliance() {
    }

    public Alliance(String id, String name, String gridId, LocalDate establishedOn, OffsetDateTime now) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new RuleViolation("name", "1-100 characters");
        }
        if (establishedOn == null || establishedOn.isAfter(now.toLocalDate().plusDays(1))) {
            throw new RuleViolation("establishedOn", "a date not in the future");
        }
        this.id = id;
        this.name = name.strip();
        this.gridId = gridId;
        this.establishedOn = establishedOn;
        this.version = 1;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String name() { return name; }
    public String gridId() { return gridId; }
    public LocalDate establishedOn() { return establishedOn; }

    /** Another body joined: the alliance's membership, and so its version, changed. */
    public void joined() {
        version++;
    }

    public long version() { return version; }

    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }
}
