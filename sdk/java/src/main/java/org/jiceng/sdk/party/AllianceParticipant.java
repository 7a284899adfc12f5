package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;

/** One body in an alliance: a Party organisation, a community body or a department. Immutable. */
public final class AllianceParticipant {
    @JsonProperty("id") private String id;
    @JsonProperty("partyOrganizationId") private String partyOrganizationId;
    @JsonProperty("bodyId") private String bodyId;
    @JsonProperty("departmentId") private String departmentId;
    @JsonProperty("lead") private boolean lead;
    @JsonProperty("joinedOn") private LocalDate joinedOn;

    private AllianceParticipant() {
    }

    public String id() { return id; }
    public Optional<String> partyOrganizationId() { return Optional.ofNullable(partyOrganizationId); }
    public Optional<String> bodyId() { return Optional.ofNullable(bodyId); }
    public Optional<String> departmentId() { return Optional.ofNullable(departmentId); }
    public boolean lead() { return lead; }
    public LocalDate joinedOn() { return joinedOn; }
}
