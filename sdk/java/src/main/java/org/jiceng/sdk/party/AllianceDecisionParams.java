package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/** A decision an alliance meeting takes. Build with {@link #builder()}; immutable. */
public final class AllianceDecisionParams {
    @JsonProperty("text") private final String text;
    @JsonProperty("ownerParticipantId") private final String ownerParticipantId;
    @JsonProperty("dueOn") private final LocalDate dueOn;

    private AllianceDecisionParams(Builder b) {
        this.text = Objects.requireNonNull(b.text, "text");
        this.ownerParticipantId = b.ownerParticipantId;
        this.dueOn = b.dueOn;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().text(text).ownerParticipantId(ownerParticipantId).dueOn(dueOn);
    }

    public String text() { return text; }
    public String ownerParticipantId() { return ownerParticipantId; }
    public LocalDate dueOn() { return dueOn; }

    /** Builder of {@link AllianceDecisionParams}; {@code text} is required. */
    public static final class Builder {
        private String text;
        private String ownerParticipantId;
        private LocalDate dueOn;

        private Builder() {
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder ownerParticipantId(String ownerParticipantId) {
            this.ownerParticipantId = ownerParticipantId;
            return this;
        }

        public Builder dueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
            return this;
        }

        public AllianceDecisionParams build() {
            return new AllianceDecisionParams(this);
        }
    }
}
