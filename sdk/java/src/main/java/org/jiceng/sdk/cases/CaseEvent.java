package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a case's timeline: who did what, from which state to which.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class CaseEvent {
    @JsonProperty("seq")
    private int seq;
    @JsonProperty("action")
    private String action;
    @JsonProperty("fromStatus")
    private CaseStatus fromStatus;
    @JsonProperty("toStatus")
    private CaseStatus toStatus;
    @JsonProperty("actor")
    private String actor;
    @JsonProperty("actorRole")
    private String actorRole;
    @JsonProperty("note")
    private String note;
    @JsonProperty("occurredAt")
    private OffsetDateTime occurredAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private CaseEvent() {
    }

    public int seq() {
        return seq;
    }

    public String action() {
        return action;
    }

    public Optional<CaseStatus> fromStatus() {
        return Optional.ofNullable(fromStatus);
    }

    public CaseStatus toStatus() {
        return toStatus;
    }

    public String actor() {
        return actor;
    }

    public Optional<String> actorRole() {
        return Optional.ofNullable(actorRole);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    /** JSON fields this SDK version does not model. */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    private void putAdditionalProperty(String key, Object value) {
        additionalProperties.put(key, value);
    }

    public static Builder builder() {
        return new Builder(new CaseEvent());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static CaseEvent copy(CaseEvent from) {
        CaseEvent c = new CaseEvent();
        c.seq = from.seq;
        c.action = from.action;
        c.fromStatus = from.fromStatus;
        c.toStatus = from.toStatus;
        c.actor = from.actor;
        c.actorRole = from.actorRole;
        c.note = from.note;
        c.occurredAt = from.occurredAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CaseEvent)) {
            return false;
        }
        CaseEvent other = (CaseEvent) o;
        return seq == other.seq
                && Objects.equals(action, other.action)
                && Objects.equals(fromStatus, other.fromStatus)
                && Objects.equals(toStatus, other.toStatus)
                && Objects.equals(actor, other.actor)
                && Objects.equals(actorRole, other.actorRole)
                && Objects.equals(note, other.note)
                && Objects.equals(occurredAt, other.occurredAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seq, action, fromStatus);
    }

    @Override
    public String toString() {
        return "CaseEvent{" + "seq=" + seq + ", " + "action=" + action + ", " + "fromStatus=" + fromStatus + ", " + "toStatus=" + toStatus + "}";
    }

    /** Builds a {@link CaseEvent}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final CaseEvent building;

        private Builder(CaseEvent building) {
            this.building = building;
        }

        public Builder seq(int seq) {
            building.seq = seq;
            return this;
        }

        public Builder action(String action) {
            building.action = action;
            return this;
        }

        public Builder fromStatus(CaseStatus fromStatus) {
            building.fromStatus = fromStatus;
            return this;
        }

        public Builder toStatus(CaseStatus toStatus) {
            building.toStatus = toStatus;
            return this;
        }

        public Builder actor(String actor) {
            building.actor = actor;
            return this;
        }

        public Builder actorRole(String actorRole) {
            building.actorRole = actorRole;
            return this;
        }

        public Builder note(String note) {
            building.note = note;
            return this;
        }

        public Builder occurredAt(OffsetDateTime occurredAt) {
            building.occurredAt = occurredAt;
            return this;
        }

        public CaseEvent build() {
            return copy(building);
        }
    }
}
