package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Optional;

/** A Party organisation in the tenant's tree. Immutable. */
public final class PartyOrganization {
    @JsonProperty("id") private String id;
    @JsonProperty("parentId") private String parentId;
    @JsonProperty("type") private String type;
    @JsonProperty("name") private String name;
    @JsonProperty("hostKind") private String hostKind;
    @JsonProperty("purpose") private String purpose;
    @JsonProperty("endsOn") private LocalDate endsOn;
    @JsonProperty("establishedOn") private LocalDate establishedOn;
    @JsonProperty("dissolvedOn") private LocalDate dissolvedOn;

    private PartyOrganization() {
    }

    public String id() { return id; }
    public Optional<String> parentId() { return Optional.ofNullable(parentId); }
    /** COMMITTEE, WORKING_COMMITTEE, GENERAL_BRANCH, BRANCH, GROUP or TEMPORARY_BRANCH. */
    public String type() { return type; }
    public String name() { return name; }
    public String hostKind() { return hostKind; }
    public Optional<String> purpose() { return Optional.ofNullable(purpose); }
    public Optional<LocalDate> endsOn() { return Optional.ofNullable(endsOn); }
    public LocalDate establishedOn() { return establishedOn; }
    public Optional<LocalDate> dissolvedOn() { return Optional.ofNullable(dissolvedOn); }
}
