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
import java.util.Set;

/**
 * A community body other than the Party: an owners' committee (业委会), property company, supervisory or residents'
 * committee, or a "two new" organisation, serving a grid node. Its seats say who sits on it or stands for it, so
 * alliances and the Party share of an owners' committee can refer to it.
 */
@Entity
@Table(name = "community_body")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class CommunityBody {
    public static final Set<String> KINDS = Set.of("OWNERS_COMMITTEE", "PROPERTY_COMPANY", "SUPERVISORY_COMMITTEE",
            "RESIDENTS_COMMITTEE", "NEW_ECONOMIC_ORGANISATION", "NEW_SOCIAL_ORGANISATION");

    @Id
    private String id;
    @Column(nullable = false)
    private String kind;
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

    protected CommunityBody() {
    }

    public CommunityBody(String id, String kind, String name, String gridId, LocalDate establishedOn,
                         OffsetDateTime now) {
        if (!KINDS.contains(kind)) {
            throw new RuleViolation("kind", "one of " + KINDS);
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new RuleViolation("name", "1-100 characters");
        }
        if (establishedOn == null || establishedOn.isAfter(now.toLocalDate().plusDays(1))) {
            throw new RuleViolation("establishedOn", "a date not in the future");
        }
        this.id = id;
        this.kind = kind;
        this.name = name.strip();
        this.gridId = gridId;
        this.establishedOn = establishedOn;
        this.version = 1;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String kind() { return kind; }
    public String name() { return name; }
    public String gridId() { return gridId; }
    public LocalDate establishedOn() { return establishedOn; }
    public long version() { return version; }

    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }
}
