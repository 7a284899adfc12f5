package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An in-service member's report to a community (在职党员报到); the reporter masked unless the caller has {@code pii:read}.
 * Immutable.
 */
public final class PartyReport {
    @JsonProperty("id") private String id;
    @JsonProperty("organizationId") private String organizationId;
    @JsonProperty("memberId") private String memberId;
    @JsonProperty("name") private String name;
    @JsonProperty("phone") private String phone;
    @JsonProperty("idNumber") private String idNumber;
    @JsonProperty("masked") private boolean masked;
    @JsonProperty("status") private String status;
    @JsonProperty("joinedOn") private LocalDate joinedOn;
    @JsonProperty("employer") private String employer;
    @JsonProperty("employerOrganization") private String employerOrganization;
    @JsonProperty("reportedOn") private LocalDate reportedOn;
    @JsonProperty("state") private String state;
    @JsonProperty("decidedOn") private LocalDate decidedOn;
    @JsonProperty("decisionNote") private String decisionNote;

    private PartyReport() {
    }

    public String id() { return id; }
    public String organizationId() { return organizationId; }
    /** The member record: known at once for a member of this tenant, created on acceptance for one from outside. */
    public Optional<String> memberId() { return Optional.ofNullable(memberId); }
    public Optional<String> name() { return Optional.ofNullable(name); }
    public Optional<String> phone() { return Optional.ofNullable(phone); }
    public Optional<String> idNumber() { return Optional.ofNullable(idNumber); }
    public boolean masked() { return masked; }
    public String status() { return status; }
    public Optional<LocalDate> joinedOn() { return Optional.ofNullable(joinedOn); }
    public String employer() { return employer; }
    public Optional<String> employerOrganization() { return Optional.ofNullable(employerOrganization); }
    public LocalDate reportedOn() { return reportedOn; }
    /** REPORTED, ACCEPTED or DECLINED. */
    public String state() { return state; }
    public Optional<LocalDate> decidedOn() { return Optional.ofNullable(decidedOn); }
    /** The note on acceptance or the reason for declining. */
    public Optional<String> decisionNote() { return Optional.ofNullable(decisionNote); }
}
