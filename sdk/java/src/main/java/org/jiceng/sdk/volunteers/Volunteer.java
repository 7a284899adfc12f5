package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A volunteer with their points balance; name and phone masked unless the caller has {@code pii:read}. Immutable. */
public final class Volunteer {
    @JsonProperty("id") private String id;
    @JsonProperty("name") private String name;
    @JsonProperty("phone") private String phone;
    @JsonProperty("masked") private boolean masked;
    @JsonProperty("subject") private String subject;
    @JsonProperty("externalId") private String externalId;
    @JsonProperty("homeGridId") private String homeGridId;
    @JsonProperty("certificateNo") private String certificateNo;
    @JsonProperty("skills") private java.util.List<String> skills = java.util.List.of();
    @JsonProperty("partyMemberId") private String partyMemberId;
    @JsonProperty("balance") private long balance;
    @JsonProperty("createdAt") private OffsetDateTime createdAt;

    private Volunteer() {
    }

    public String id() { return id; }
    public String name() { return name; }
    public Optional<String> phone() { return Optional.ofNullable(phone); }
    public boolean masked() { return masked; }
    public Optional<String> subject() { return Optional.ofNullable(subject); }
    public Optional<String> externalId() { return Optional.ofNullable(externalId); }
    public String homeGridId() { return homeGridId; }
    public java.util.List<String> skills() { return skills; }
    /** The Party member this volunteer is, if any. */
    public Optional<String> partyMemberId() { return Optional.ofNullable(partyMemberId); }
    /** Printed on the volunteer's service record. */
    public String certificateNo() { return certificateNo; }
    /** Points: the sum of the account's ledger entries. */
    public long balance() { return balance; }
    public OffsetDateTime createdAt() { return createdAt; }
}
