package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;

/** A post held in a Party organisation (SECRETARY, COMMITTEE_MEMBER, GROUP_LEADER …). Immutable. */
public final class PartyPost {
    @JsonProperty("id") private String id;
    @JsonProperty("organizationId") private String organizationId;
    @JsonProperty("memberId") private String memberId;
    @JsonProperty("title") private String title;
    @JsonProperty("startedOn") private LocalDate startedOn;
    @JsonProperty("endedOn") private LocalDate endedOn;

    private PartyPost() {
    }

    public String id() { return id; }
    public String organizationId() { return organizationId; }
    public String memberId() { return memberId; }
    public String title() { return title; }
    public LocalDate startedOn() { return startedOn; }
    /** Empty while serving. */
    public Optional<LocalDate> endedOn() { return Optional.ofNullable(endedOn); }
}
