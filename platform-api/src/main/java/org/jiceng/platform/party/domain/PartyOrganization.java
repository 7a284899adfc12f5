package org.jiceng.platform.party.domain;

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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * 党组织: a Party committee, general branch, branch, group or temporary branch (formed for one job, with a purpose
 * and an end date, like Dujiangyan's branch for a redevelopment plot), hosted by a community, compound, grid,
 * property company or other body. Organisations form a tree by type; {@code path} answers subtree queries.
 */
@Entity
@Table(name = "party_organization")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class PartyOrganization {
    public static final Set<String> HOST_KINDS = Set.of("COMMUNITY", "COMPOUND", "GRID", "PROPERTY_COMPANY",
            "ENTERPRISE", "SOCIAL_ORGANISATION", "INSTITUTION", "STREET");

    @Id
    private String id;
    @Column(name = "parent_id")
    private String parentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationType type;
    @Column(nullable = false)
    private String name;
    @Column(name = "host_kind", nullable = false)
    private String hostKind;
    @Column(nullable = false)
    private String path;
    private String purpose;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "established_on", nullable = false)
    private LocalDate establishedOn;
    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PartyOrganization() {
    }

    /** A new organisation under {@code parent} (empty for a top one), checked against the type rules. */
    public static PartyOrganization establish(String id, Optional<PartyOrganization> parent, OrganizationType type,
                                              String name, String hostKind, LocalDate establishedOn, String purpose,
                                              LocalDate endsOn, OffsetDateTime now) {
        if (parent.isEmpty() && !type.canBeTop()) {
            throw new RuleViolation("parentId", "a " + type + " belongs to another organisation");
        }
        if (parent.isPresent()) {
            PartyOrganization p = parent.get();
            if (p.dissolvedOn != null) {
                throw new RuleViolation("parentId", "the parent organisation is dissolved");
            }
            if (!p.type.allowedChildren().contains(type)) {
                throw new RuleViolation("type", "a " + p.type + " cannot hold a " + type + "; it may hold "
                        + p.type.allowedChildren());
            }
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new RuleViolation("name", "1-100 characters");
        }
        if (!HOST_KINDS.contains(hostKind)) {
            throw new RuleViolation("hostKind", "one of " + HOST_KINDS);
        }
        if (establishedOn == null) {
            throw new RuleViolation("establishedOn", "required");
        }
        if (type == OrganizationType.TEMPORARY_BRANCH) {
            if (purpose == null || purpose.isBlank() || endsOn == null || !endsOn.isAfter(establishedOn)) {
                throw new RuleViolation("purpose", "a temporary branch states its purpose and an end date after "
                        + "its establishment");
            }
        }
        PartyOrganization o = new PartyOrganization();
        o.id = id;
        o.parentId = parent.map(PartyOrganization::id).orElse(null);
        o.type = type;
        o.name = name.strip();
        o.hostKind = hostKind;
        o.path = parent.map(PartyOrganization::path).orElse("/") + id + "/";
        o.purpose = purpose;
        o.endsOn = endsOn;
        o.establishedOn = establishedOn;
        o.version = 1;
        o.createdAt = now;
        return o;
    }

    /**
     * Moves the organisation (and so its subtree) under {@code parent}, empty for the top; the caller rewrites the
     * descendants' paths from {@code oldPath}. Refuses a parent inside its own subtree.
     */
    public void moveUnder(Optional<PartyOrganization> parent) {
        if (parent.isEmpty() && !type.canBeTop()) {
            throw new RuleViolation("parentId", "a " + type + " belongs to another organisation");
        }
        if (parent.isPresent()) {
            PartyOrganization p = parent.get();
            if (p.path.startsWith(path)) {
                throw new RuleViolation("parentId", "an organisation cannot move under itself or its own subtree");
            }
            if (p.dissolvedOn != null) {
                throw new RuleViolation("parentId", "the parent organisation is dissolved");
            }
            if (!p.type.allowedChildren().contains(type)) {
                throw new RuleViolation("parentId", "a " + p.type + " cannot hold a " + type);
            }
        }
        parentId = parent.map(PartyOrganization::id).orElse(null);
        path = parent.map(PartyOrganization::path).orElse("/") + id + "/";
        version++;
    }

    /** Dissolves it on {@code on}; the caller has checked that nothing below it still stands. */
    public void dissolve(LocalDate on) {
        if (dissolvedOn != null) {
            throw new org.jiceng.platform.shared.domain.StateConflict("dissolved on " + dissolvedOn + " already");
        }
        if (on == null || on.isBefore(establishedOn)) {
            throw new RuleViolation("dissolvedOn", "a date on or after its establishment (" + establishedOn + ")");
        }
        dissolvedOn = on;
        version++;
    }

    public String id() { return id; }
    public Optional<String> parentId() { return Optional.ofNullable(parentId); }
    public OrganizationType type() { return type; }
    public String name() { return name; }
    public String hostKind() { return hostKind; }
    public String path() { return path; }
    public Optional<String> purpose() { return Optional.ofNullable(purpose); }
    public Optional<LocalDate> endsOn() { return Optional.ofNullable(endsOn); }
    public LocalDate establishedOn() { return establishedOn; }
    public Optional<LocalDate> dissolvedOn() { return Optional.ofNullable(dissolvedOn); }
    public long version() { return version; }

    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }

    /** The grid nodes it covers changed: its version moves, so that a coverage change names the version it saw. */
    public void coverageChanged() {
        version++;
    }
}
