package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One line of a case's timeline: who did what, from which state to which. Immutable. */
public final class CaseEvent {
    @JsonProperty("seq") private int seq;
    @JsonProperty("action") private String action;
    @JsonProperty("fromStatus") private CaseStatus fromStatus;
    @JsonProperty("toStatus") private CaseStatus toStatus;
    @JsonProperty("actor") private String actor;
    @JsonProperty("actorRole") private String actorRole;
    @JsonProperty("note") private String note;
    @JsonProperty("occurredAt") private OffsetDateTime occurredAt;

    private CaseEvent() {
    }

    public int seq() { return seq; }
    /** {@code report}, {@code accept}, {@code dispatch} … */
    public String action() { return action; }
    public Optional<CaseStatus> fromStatus() { return Optional.ofNullable(fromStatus); }
    public CaseStatus toStatus() { return toStatus; }
    public String actor() { return actor; }
    public Optional<String> actorRole() { return Optional.ofNullable(actorRole); }
    public Optional<String> note() { return Optional.ofNullable(note); }
    public OffsetDateTime occurredAt() { return occurredAt; }

    @Override
    public String toString() {
        return seq + " " + action + " " + fromStatus + "→" + toStatus + " by " + actor;
    }
}
