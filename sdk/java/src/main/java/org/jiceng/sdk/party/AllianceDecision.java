package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Optional;

/** A decision of an alliance meeting. Immutable. */
public final class AllianceDecision {
    @JsonProperty("id") private String id;
    @JsonProperty("meetingId") private String meetingId;
    @JsonProperty("text") private String text;
    @JsonProperty("ownerParticipantId") private String ownerParticipantId;
    @JsonProperty("dueOn") private LocalDate dueOn;
    @JsonProperty("doneOn") private LocalDate doneOn;

    private AllianceDecision() {
    }

    public String id() { return id; }
    public String meetingId() { return meetingId; }
    public String text() { return text; }
    public Optional<String> ownerParticipantId() { return Optional.ofNullable(ownerParticipantId); }
    public Optional<LocalDate> dueOn() { return Optional.ofNullable(dueOn); }
    /** Empty until done. */
    public Optional<LocalDate> doneOn() { return Optional.ofNullable(doneOn); }
}
