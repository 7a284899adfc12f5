package org.jiceng.platform.deliberation.domain;

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

/**
 * An owner (业主) as the property register knows them, by its reference, never by name. Under the Supreme People's
 * Court's interpretation on building division ownership (法释〔2009〕7号, art. 9), one buyer holding several units is
 * counted once by head; the floor area of all their units counts (art. 8).
 */
@Entity
@Table(name = "property_owner")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class PropertyOwner {
    @Id
    private String id;
    @Column(name = "register_ref", nullable = false)
    private String registerRef;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PropertyOwner() {
    }

    public PropertyOwner(String id, String registerRef, OffsetDateTime now) {
        this.id = id;
        this.registerRef = Texts.required("ownerRef", registerRef, 100);
        this.createdAt = now;
    }

    public String id() { return id; }
    public String registerRef() { return registerRef; }
}
