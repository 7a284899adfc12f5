package org.jiceng.platform.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/** A post (书记, 副书记, 委员 …) a member holds in a Party organisation, from a date until ended. */
@Entity
@Table(name = "party_post")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class PartyPost {
    public static final Set<String> TITLES = Set.of("SECRETARY", "DEPUTY_SECRETARY", "COMMITTEE_MEMBER",
            "ORGANISATION_COMMISSIONER", "PROPAGANDA_COMMISSIONER", "DISCIPLINE_COMMISSIONER", "GROUP_LEADER");

    @Id
    private String id;
    @Column(name = "organization_id", nullable = false)
    private String organizationId;
    @Column(name = "member_id", nullable = false)
    private String memberId;
    @Column(nullable = false)
    private String title;
    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private long version;

    protected PartyPost() {
    }

    public PartyPost(String id, PartyOrganization organization, PartyMember member, String title, LocalDate startedOn,
                     OffsetDateTime now) {
        if (organization.dissolvedOn().isPresent()) {
            throw new RuleViolation("organizationId", "the organisation is dissolved");
        }
        if (!TITLES.contains(title)) {
            throw new RuleViolation("title", "one of " + TITLES);
        }
        if (title.equals("GROUP_LEADER") != (organization.type() == OrganizationType.GROUP)) {
            throw new RuleViolation("title", "a group has a GROUP_LEADER, other organisations do not");
        }
        if (startedOn == null || startedOn.isAfter(now.toLocalDate().plusDays(1))) {
            throw new RuleViolation("startedOn", "a date not in the future");
        }
        this.id = id;
        this.organizationId = organization.id();
        this.memberId = member.id();
        this.title = title;
        this.startedOn = startedOn;
        this.createdAt = now;
        this.version = 1;
    }

    public void end(LocalDate on) {
        if (endedOn != null) {
            throw new StateConflict("the post ended on " + endedOn);
        }
        if (on == null || on.isBefore(startedOn)) {
            throw new RuleViolation("endedOn", "a date on or after the post started (" + startedOn + ")");
        }
        endedOn = on;
        version++;
    }

    public String id() { return id; }
    public String organizationId() { return organizationId; }
    public String memberId() { return memberId; }
    public String title() { return title; }
    public LocalDate startedOn() { return startedOn; }
    public Optional<LocalDate> endedOn() { return Optional.ofNullable(endedOn); }
    public long version() { return version; }

    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }
}
