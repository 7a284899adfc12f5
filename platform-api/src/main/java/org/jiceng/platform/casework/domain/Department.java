package org.jiceng.platform.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.VersionMismatch;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * 职能部门: a functional department (housing, urban management, market supervision, water, police liaison …) or
 * another unit the tenant registers — a property-rights owner, a utility — to which cases are dispatched and which
 * a whistle summons.
 */
@Entity
@Table(name = "department")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Department {
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

    @Id
    private String id;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private boolean active;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Department() {
    }

    public Department(String id, String code, String name, String kind, OffsetDateTime now) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("code", "2-40 upper-case letters, digits or underscores, e.g. HOUSING");
        }
        this.id = id;
        this.code = code;
        this.kind = DepartmentKinds.require(kind);
        this.active = true;
        this.version = 1;
        this.createdAt = now;
        rename(name, now);
        this.version = 1;
    }

    public void rename(String newName, OffsetDateTime now) {
        if (newName == null || newName.isBlank() || newName.length() > 100) {
            throw new RuleViolation("name", "1-100 characters");
        }
        this.name = newName.strip();
        this.updatedAt = now;
        this.version++;
    }

    public void setActive(boolean isActive, OffsetDateTime now) {
        this.active = isActive;
        this.updatedAt = now;
        this.version++;
    }

    public void requireVersion(long expected) {
        if (version != expected) {
            throw new VersionMismatch(expected, version);
        }
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
