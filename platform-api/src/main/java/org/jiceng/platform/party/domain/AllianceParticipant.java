package org.jiceng.platform.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.LocalDate;
import java.util.Optional;

/** One body in an alliance: a Party organisation, a community body or a department; one of them leads. */
@Entity
@Table(name = "alliance_participant")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class AllianceParticipant {
    @Id
    private String id;
    @Column(name = "alliance_id", nullable = false)
    private String allianceId;
    @Column(name = "party_organization_id")
    private String partyOrganizationId;
    @Column(name = "body_id")
    private String bodyId;
    @Column(name = "department_id")
    private String departmentId;
    @Column(nullable = false)
    private boolean lead;
    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    protected AllianceParticipant() {
    }

    public AllianceParticipant(String id, String allianceId, String partyOrganizationId, String bodyId,
                               String departmentId, boolean lead, LocalDate joinedOn) {
        this.id = id;
        this.allianceId = allianceId;
        this.partyOrganizationId = partyOrganizationId;
        this.bodyId = bodyId;
        this.departmentId = departmentId;
        this.lead = lead;
        this.joinedOn = joinedOn;
    }

    public String id() { return id; }
    public String allianceId() { return allianceId; }
    public Optional<String> partyOrganizationId() { return Optional.ofNullable(partyOrganizationId); }
    public Optional<String> bodyId() { return Optional.ofNullable(bodyId); }
    public Optional<String> departmentId() { return Optional.ofNullable(departmentId); }
    public boolean lead() { return lead; }
    public LocalDate joinedOn() { return joinedOn; }
}
