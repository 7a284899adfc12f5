package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;

/** A transfer of a member's organisational relationship, as recorded from the national system. Immutable. */
public final class PartyTransfer {
    @JsonProperty("id") private String id;
    @JsonProperty("memberId") private String memberId;
    @JsonProperty("fromOrganizationId") private String fromOrganizationId;
    @JsonProperty("toOrganizationId") private String toOrganizationId;
    @JsonProperty("destination") private String destination;
    @JsonProperty("letterNumber") private String letterNumber;
    @JsonProperty("reason") private String reason;
    @JsonProperty("state") private String state;
    @JsonProperty("issuedOn") private LocalDate issuedOn;
    @JsonProperty("decidedOn") private LocalDate decidedOn;
    @JsonProperty("decisionNote") private String decisionNote;

    private PartyTransfer() {
    }

    public String id() { return id; }
    public String memberId() { return memberId; }
    public String fromOrganizationId() { return fromOrganizationId; }
    public Optional<String> toOrganizationId() { return Optional.ofNullable(toOrganizationId); }
    /** An organisation outside the tenant. */
    public Optional<String> destination() { return Optional.ofNullable(destination); }
    public Optional<String> letterNumber() { return Optional.ofNullable(letterNumber); }
    public Optional<String> reason() { return Optional.ofNullable(reason); }
    /** ISSUED, ACCEPTED or DECLINED. */
    public String state() { return state; }
    public LocalDate issuedOn() { return issuedOn; }
    public Optional<LocalDate> decidedOn() { return Optional.ofNullable(decidedOn); }
    public Optional<String> decisionNote() { return Optional.ofNullable(decisionNote); }
}
