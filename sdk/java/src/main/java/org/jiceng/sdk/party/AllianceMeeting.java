package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A joint meeting of an alliance with its decisions. Immutable. */
public final class AllianceMeeting {
    @JsonProperty("id") private String id;
    @JsonProperty("allianceId") private String allianceId;
    @JsonProperty("heldOn") private LocalDate heldOn;
    @JsonProperty("topic") private String topic;
    @JsonProperty("summary") private String summary;
    @JsonProperty("decisions") private List<AllianceDecision> decisions = List.of();

    private AllianceMeeting() {
    }

    public String id() { return id; }
    public String allianceId() { return allianceId; }
    public LocalDate heldOn() { return heldOn; }
    public String topic() { return topic; }
    public Optional<String> summary() { return Optional.ofNullable(summary); }
    public List<AllianceDecision> decisions() { return decisions; }
}
