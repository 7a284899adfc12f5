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

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 资源清单: what can be provided, used or shared — a place, a team, a pool of people in a role, a service or a fund —
 * and who provides it: the community itself (inside), or an outside unit (a department, a community body, an
 * enterprise). A place can be booked by the slot.
 */
@Entity
@Table(name = "list_resource")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class CommunityResource {
    public enum Kind { PLACE, TEAM, PERSON_POOL, SERVICE, FUND }

    public enum ProviderKind {
        COMMUNITY, DEPARTMENT, COMMUNITY_BODY, ENTERPRISE;

        public boolean inside() {
            return this == COMMUNITY;
        }
    }

    @Id
    private String id;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "provider_kind", nullable = false)
    private ProviderKind providerKind;
    @Column(name = "provider_ref")
    private String providerRef;
    @Column(name = "provider_name", nullable = false)
    private String providerName;
    @Column
    private Integer capacity;
    @Column
    private String availability;
    @Column(nullable = false)
    private boolean active;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected CommunityResource() {
    }

    public CommunityResource(String id, String gridId, Kind kind, String name, ProviderKind providerKind,
                             String providerRef, String providerName, Integer capacity, String availability,
                             OffsetDateTime now) {
        this.id = id;
        this.gridId = gridId;
        this.kind = kind;
        this.name = Texts.required("name", name, 100);
        this.providerKind = providerKind;
        this.providerRef = providerRef;
        this.providerName = Texts.required("providerName", providerName, 100);
        capacity(capacity);
        this.availability = Texts.optional("availability", availability, 200);
        this.active = true;
        this.version = 1;
        this.createdAt = now;
    }

    private void capacity(Integer value) {
        if (value != null && (value < 0 || value > 1_000_000)) {
            throw new RuleViolation("capacity", "0 to 1000000");
        }
        capacity = value;
    }

    public void change(Integer newCapacity, String newAvailability, Boolean nowActive) {
        if (newCapacity != null) {
            capacity(newCapacity);
        }
        if (newAvailability != null) {
            availability = Texts.required("availability", newAvailability, 200);
        }
        if (nowActive != null) {
            active = nowActive;
        }
        version++;
    }

    public void requireBookable() {
        if (kind != Kind.PLACE) {
            throw new StateConflict("Only a place is booked by the slot; this resource is a " + kind);
        }
        if (!active) {
            throw new StateConflict("The place is not available any more");
        }
    }

    public void requireVersion(long expected) {
        VersionMismatch.check(expected, version);
    }

    public String id() { return id; }
    public String gridId() { return gridId; }
    public Kind kind() { return kind; }
    public String name() { return name; }
    public ProviderKind providerKind() { return providerKind; }
    public Optional<String> providerRef() { return Optional.ofNullable(providerRef); }
    public String providerName() { return providerName; }
    public Optional<Integer> capacity() { return Optional.ofNullable(capacity); }
    public Optional<String> availability() { return Optional.ofNullable(availability); }
    public boolean active() { return active; }
    public long version() { return version; }
    public OffsetDateTime createdAt() { return createdAt; }
}
