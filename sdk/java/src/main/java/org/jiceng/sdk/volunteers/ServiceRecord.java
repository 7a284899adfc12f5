package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A volunteer's record of service, as a district prints it. Immutable. */
public final class ServiceRecord {
    @JsonProperty("volunteerId") private String volunteerId;
    @JsonProperty("certificateNo") private String certificateNo;
    @JsonProperty("name") private String name;
    @JsonProperty("services") private long services;
    @JsonProperty("verifiedMinutes") private long verifiedMinutes;
    @JsonProperty("verifiedHours") private double verifiedHours;
    @JsonProperty("pointsEarned") private long pointsEarned;
    @JsonProperty("balance") private long balance;

    private ServiceRecord() {
    }

    public String volunteerId() { return volunteerId; }
    public String certificateNo() { return certificateNo; }
    public String name() { return name; }
    /** Verified activity sign-ups and confirmed wishes. */
    public long services() { return services; }
    public long verifiedMinutes() { return verifiedMinutes; }
    public double verifiedHours() { return verifiedHours; }
    /** Points credited for service, less reversals. */
    public long pointsEarned() { return pointsEarned; }
    public long balance() { return balance; }
}
