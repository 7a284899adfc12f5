package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting of the 三会一课 or a themed Party day, with attendance (member id → PRESENT, EXCUSED or ABSENT; empty in
 * lists). Immutable.
 */
public final class PartyMeeting {
    @JsonProperty("id") private String id;
    @JsonProperty("organizationId") private String organizationId;
    @JsonProperty("kind") private String kind;
    @JsonProperty("title") private String title;
    @JsonProperty("heldOn") private LocalDate heldOn;
    @JsonProperty("place") private String place;
    @JsonProperty("summary") private String summary;
    @JsonProperty("attendance") private Map<String, String> attendance = Map.of();

    private PartyMeeting() {
    }

    public String id() { return id; }
    public String organizationId() { return organizationId; }
    public String kind() { return kind; }
    public String title() { return title; }
    public LocalDate heldOn() { return heldOn; }
    public Optional<String> place() { return Optional.ofNullable(place); }
    public Optional<String> summary() { return Optional.ofNullable(summary); }
    public Map<String, String> attendance() { return attendance; }
}
