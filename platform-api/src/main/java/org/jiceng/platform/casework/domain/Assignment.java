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
import java.util.Optional;
import java.util.Set;

/**
 * 任职: a subject (a person's or an application's token {@code sub}) acting in a role on a grid node — and so on its
 * whole subtree — or for a department. Scoped roles see and act on cases only through their assignments.
 */
@Entity
@Table(name = "assignment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Assignment {
    /** Roles whose reach over cases comes from assignments to grid nodes. */
    public static final Set<String> GRID_ROLES = Set.of("grid-worker", "community-worker", "street-officer");
    /** The role whose reach comes from assignments to departments. */
    public static final String DEPARTMENT_ROLE = "department-officer";

    @Id
    private String id;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String role;
    @Column(name = "grid_id")
    private String gridId;
    @Column(name = "department_id")
    private String departmentId;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Assignment() {
    }

    public Assignment(String id, String subject, String role, String gridId, String departmentId,
                      OffsetDateTime now) {
        if (subject == null || subject.isBlank() || subject.length() > 200) {
            throw new RuleViolation("subject", "the token subject (sub) of the person or application, 1-200 characters");
        }
        if (GRID_ROLES.contains(role)) {
            if (gridId == null || departmentId != null) {
                throw new RuleViolation("gridId", "a " + role + " is assigned to a grid node");
            }
        } else if (DEPARTMENT_ROLE.equals(role)) {
            if (departmentId == null || gridId != null) {
                throw new RuleViolation("departmentId", "a " + role + " is assigned to a department");
            }
        } else {
            throw new RuleViolation("role", "one of " + GRID_ROLES + " or " + DEPARTMENT_ROLE);
        }
        this.id = id;
        this.subject = subject.strip();
        this.role = role;
        this.gridId = gridId;
        this.departmentId = departmentId;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String subject() { return subject; }
    public String role() { return role; }
    public Optional<String> gridId() { return Optional.ofNullable(gridId); }
    public Optional<String> departmentId() { return Optional.ofNullable(departmentId); }
    public OffsetDateTime createdAt() { return createdAt; }
}
