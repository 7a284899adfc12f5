package org.jiceng.platform.grid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;

/**
 * A household (户) at an address within a building, compound or grid; the head of household's name and phone are
 * stored encrypted only. Party members are linked to households (党员联户).
 */
@Entity
@Table(name = "household")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Household {
    /** The grid levels a household sits in. */
    public static final EnumSet<GridLevel> LEVELS = EnumSet.of(GridLevel.BUILDING, GridLevel.COMPOUND,
            GridLevel.GRID);

    @Id
    private String id;
    @Column(name = "grid_id", nullable = false)
    private String gridId;
    @Column(nullable = false)
    private String address;
    @Column(name = "head_name_enc")
    private String headNameEnc;
    @Column(name = "head_phone_enc")
    private String headPhoneEnc;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Household() {
    }

    public Household(String id, GridNode node, String address, String headNameEnc, String headPhoneEnc,
                     OffsetDateTime now) {
        if (!LEVELS.contains(node.level())) {
            throw new RuleViolation("gridId", "a household is in a building, compound or grid, not a "
                    + node.level());
        }
        if (address == null || address.isBlank() || address.length() > 200) {
            throw new RuleViolation("address", "1-200 characters, e.g. 3栋2单元501");
        }
        this.id = id;
        this.gridId = node.id();
        this.address = address.strip();
        this.headNameEnc = headNameEnc;
        this.headPhoneEnc = headPhoneEnc;
        this.createdAt = now;
    }

    public String id() { return id; }
    public String gridId() { return gridId; }
    public String address() { return address; }
    public Optional<String> headNameEnc() { return Optional.ofNullable(headNameEnc); }
    public Optional<String> headPhoneEnc() { return Optional.ofNullable(headPhoneEnc); }
}
