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
import java.util.Optional;
import java.util.Set;

/**
 * Organisation life: one of the 三会一课 — a group meeting (党小组会), a branch committee meeting (支委会), a general
 * members' meeting (党员大会), a Party lecture (党课) — or a themed Party day (主题党日), with its attendance.
 */
@Entity
@Table(name = "party_meeting")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class PartyMeeting {
    public static final Set<String> KINDS = Set.of("GROUP_MEETING", "BRANCH_COMMITTEE_MEETING",
            "GENERAL_MEMBERS_MEETING", "PARTY_LECTURE", "THEMED_PARTY_DAY");

    @Id
    private String id;
    @Column(name = "organization_id", nullable = false)
    private String organizationId;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String title;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    private String place;
    private String summary;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PartyMeeting() {
    }

    public PartyMeeting(String id, PartyOrganization organization, String kind, String title, LocalDate heldOn,
                        String place, String summary, OffsetDateTime now) {
        if (!KINDS.contains(kind)) {
            throw new RuleViolation("kind", "one of " + KINDS);
        }
        if (kind.equals("GROUP_MEETING") != (organization.type() == OrganizationType.GROUP)) {
            throw new RuleViolation("kind", "a Party group holds GROUP_MEETINGs, and only a group does");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new RuleViolation("title", "1-200 characters");
        }
        if (heldOn == null || heldOn.isAfter(now.toLocalDate().plusDays(1)) || heldOn.isBefore(
                organization.establishedOn()) || organization.dissolvedOn().map(heldOn::isAfter).orElse(false)) {
            throw new RuleViolation("heldOn", "a past date while the organisation stood");
        }
        this.id = id;
        this.organizationId = organization.id();
        this.kind = kind;
        this.title = title.strip();
        this.heldOn = heldOn;
        this.place = place;
        this.summary = summary;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String organizationId() { return organizationId; }
    public String kind() { return kind; }
    public String title() { return title; }
    public LocalDate heldOn() { return heldOn; }
    public Optional<String> place() { return Optional.ofNullable(place); }
    public Optional<String> summary() { return Optional.ofNullable(summary); }
}
