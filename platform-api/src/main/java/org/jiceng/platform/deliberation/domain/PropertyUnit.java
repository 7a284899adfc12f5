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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

/** 专有部分: a flat or shop in a building, with its exclusive floor area (m², as registered) and its owner. */
@Entity
@Table(name = "property_unit")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class PropertyUnit {
    @Id
    private String id;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Column(name = "unit_no", nullable = false)
    private String unitNo;
    @Column(nullable = false)
    private BigDecimal area;
    @Column(name = "owner_id", nullable = false)
    private String ownerId;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PropertyUnit() {
    }

    public PropertyUnit(String id, String gridId, String unitNo, BigDecimal area, String ownerId, OffsetDateTime now) {
        if (area == null || area.signum() <= 0 || area.compareTo(BigDecimal.valueOf(100000)) >= 0
                || area.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("area", "square metres above 0 and below 100000, at most two decimals");
        }
        this.id = id;
        this.gridId = gridId;
        this.unitNo = Texts.required("unitNo", unitNo, 50);
        this.area = area.setScale(2, RoundingMode.UNNECESSARY);
        this.ownerId = ownerId;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String gridId() { return gridId; }
    public String unitNo() { return unitNo; }
    public BigDecimal area() { return area; }
    public String ownerId() { return ownerId; }
}
