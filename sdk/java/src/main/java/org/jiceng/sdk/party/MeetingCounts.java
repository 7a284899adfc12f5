package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** An organisation's meetings by kind and attendance by presence in a period. Immutable. */
public final class MeetingCounts {
    @JsonProperty("organizationId") private String organizationId;
    @JsonProperty("from") private LocalDate from;
    @JsonProperty("to") private LocalDate to;
    @JsonProperty("meetingsByKind") private Map<String, Long> meetingsByKind = Map.of();
    @JsonProperty("attendanceByPresence") private Map<String, Long> attendanceByPresence = Map.of();
    @JsonProperty("attendanceRate") private Double attendanceRate;

    private MeetingCounts() {
    }

    public String organizationId() { return organizationId; }
    public LocalDate from() { return from; }
    public LocalDate to() { return to; }
    public Map<String, Long> meetingsByKind() { return meetingsByKind; }
    public Map<String, Long> attendanceByPresence() { return attendanceByPresence; }
    /** PRESENT ÷ all attendance records. */
    public Optional<Double> attendanceRate() { return Optional.ofNullable(attendanceRate); }
}
