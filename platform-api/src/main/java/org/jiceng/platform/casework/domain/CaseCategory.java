package org.jiceng.platform.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * 事项分类: a kind of case (parking, elevator, noise …) with its deadlines per priority. Tenants keep their own
 * catalogue; a category is retired, never deleted, so old cases keep theirs.
 */
@Entity
@Table(name = "case_category")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class CaseCategory {
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "normal_accept_hours", nullable = false)
    private int normalAccept;
    @Column(name = "normal_acknowledge_hours", nullable = false)
    private int normalAcknowledge;
    @Column(name = "normal_resolve_hours", nullable = false)
    private int normalResolve;
    @Column(name = "urgent_accept_hours", nullable = false)
    private int urgentAccept;
    @Column(name = "urgent_acknowledge_hours", nullable = false)
    private int urgentAcknowledge;
    @Column(name = "urgent_resolve_hours", nullable = false)
    private int urgentResolve;
    @Column(name = "emergency_accept_hours", nullable = false)
    private int emergencyAccept;
    @Column(name = "emergency_acknowledge_hours", nullable = false)
    private int emergencyAcknowledge;
    @Column(name = "emergency_resolve_hours", nullable = false)
    private int emergencyResolve;
    @Column(nullable = false)
    private boolean active;
    @Column(nullable = false)
    private long version;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    private String description;
    @Column(name = "service_group")
    private String serviceGroup;
    /** Comma-separated, as Open311 lists them. */
    private String keywords;
    /** The service definition's attributes as JSON (written and read by the application layer). */
    @Column(name = "attributes_json")
    private String attributesJson;

    protected CaseCategory() {
    }

    public CaseCategory(String code, String name, Deadlines normal, Deadlines urgent, Deadlines emergency,
                        OffsetDateTime now) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("code", "2-40 upper-case letters, digits or underscores, e.g. PARKING");
        }
        this.code = code;
        this.active = true;
        this.version = 1;
        change(name, normal, urgent, emergency, now);
        this.version = 1;
    }

    /** Renames the category and sets its deadlines; ordered so that urgency never allows more time. */
    public void change(String newName, Deadlines normal, Deadlines urgent, Deadlines emergency, OffsetDateTime now) {
        if (newName == null || newName.isBlank() || newName.length() > 60) {
            throw new RuleViolation("name", "1-60 characters");
        }
        if (urgent.resolveHours() > normal.resolveHours() || emergency.resolveHours() > urgent.resolveHours()) {
            throw new RuleViolation("deadlines", "an URGENT case cannot get more time than a NORMAL one, "
                    + "nor an EMERGENCY more than an URGENT one");
        }
        this.name = newName.strip();
        this.normalAccept = normal.acceptHours();
        this.normalAcknowledge = normal.acknowledgeHours();
        this.normalResolve = normal.resolveHours();
        this.urgentAccept = urgent.acceptHours();
        this.urgentAcknowledge = urgent.acknowledgeHours();
        this.urgentResolve = urgent.resolveHours();
        this.emergencyAccept = emergency.acceptHours();
        this.emergencyAcknowledge = emergency.acknowledgeHours();
        this.emergencyResolve = emergency.resolveHours();
        this.updatedAt = now;
        this.version++;
    }

    /**
     * How the category presents itself as a service: its description, group and keywords, and the attributes it
     * asks for ({@code attributesJson}, already checked, null for none).
     */
    public void describe(ServiceDefinition definition, String attributesJsonOrNull, OffsetDateTime now) {
        ServiceDefinition d = definition.checked();
        this.description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        this.serviceGroup = d.group() == null || d.group().isBlank() ? null : d.group().strip();
        this.keywords = d.keywords().isEmpty() ? null : String.join(",", d.keywords().stream().map(String::strip)
                .toList());
        this.attributesJson = attributesJsonOrNull;
        this.updatedAt = now;
        this.version++;
    }

    public java.util.Optional<String> description() {
        return java.util.Optional.ofNullable(description);
    }

    public java.util.Optional<String> group() {
        return java.util.Optional.ofNullable(serviceGroup);
    }

    public java.util.List<String> keywords() {
        return keywords == null ? java.util.List.of() : java.util.List.of(keywords.split(","));
    }

    public java.util.Optional<String> attributesJson() {
        return java.util.Optional.ofNullable(attributesJson);
    }

    public void setActive(boolean isActive, OffsetDateTime now) {
        this.active = isActive;
        this.updatedAt = now;
        this.version++;
    }

    public Deadlines deadlines(CasePriority priority) {
        return switch (priority) {
            case NORMAL -> new Deadlines(normalAccept, normalAcknowledge, normalResolve);
            case URGENT -> new Deadlines(urgentAccept, urgentAcknowledge, urgentResolve);
            case EMERGENCY -> new Deadlines(emergencyAccept, emergencyAcknowledge, emergencyResolve);
        };
    }

    public void requireVersion(long expected) {
        if (version != expected) {
            throw new org.jiceng.platform.shared.domain.VersionMismatch(expected, version);
        }
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
