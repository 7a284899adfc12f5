package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;

/** A Party member; name, phone and ID number masked unless the caller has {@code pii:read}. Immutable. */
public final class PartyMember {
    @JsonProperty("id") private String id;
    @JsonProperty("organizationId") private String organizationId;
    @JsonProperty("name") private String name;
    @JsonProperty("phone") private String phone;
    @JsonProperty("idNumber") private String idNumber;
    @JsonProperty("masked") private boolean masked;
    @JsonProperty("status") private String status;
    @JsonProperty("kind") private String kind;
    @JsonProperty("joinedOn") private LocalDate joinedOn;
    @JsonProperty("employer") private String employer;
    @JsonProperty("employerOrganization") private String employerOrganization;
    @JsonProperty("leftOn") private LocalDate leftOn;
    @JsonProperty("accountSubject") private String accountSubject;
    @JsonProperty("version") private long version;

    private PartyMember() {
    }

    public String id() { return id; }
    /** The organisation holding their relationship. */
    public String organizationId() { return organizationId; }
    public String name() { return name; }
    public Optional<String> phone() { return Optional.ofNullable(phone); }
    public String idNumber() { return idNumber; }
    public boolean masked() { return masked; }
    /** FULL or PROBATIONARY. */
    public String status() { return status; }
    /** REGISTERED, IN_SERVICE_REPORTED or MOBILE. */
    public String kind() { return kind; }
    public LocalDate joinedOn() { return joinedOn; }
    /** An in-service member's employer. */
    public Optional<String> employer() { return Optional.ofNullable(employer); }
    /** The Party organisation at the employer. */
    public Optional<String> employerOrganization() { return Optional.ofNullable(employerOrganization); }
    /** Set once the member transferred out of the tenant. */
    public Optional<LocalDate> leftOn() { return Optional.ofNullable(leftOn); }
    /** The account (token subject) the member signs in with, once linked. */
    public Optional<String> accountSubject() { return Optional.ofNullable(accountSubject); }
    /** The record's version, sent as {@code If-Match} by the changes that need it. */
    public long version() { return version; }
}
