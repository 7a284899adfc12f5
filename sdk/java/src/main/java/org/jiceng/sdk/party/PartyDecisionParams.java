package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A community's or receiving organisation's decision on a report or a transfer.
 */
public final class PartyDecisionParams {
    @JsonProperty("decidedOn")
    private final LocalDate decidedOn;
    @JsonProperty("note")
    private final String note;
    @JsonProperty("reason")
    private final String reason;

    private PartyDecisionParams(Builder b) {
        this.decidedOn = b.decidedOn;
        this.note = b.note;
        this.reason = b.reason;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Today unless given. */
    public Optional<LocalDate> decidedOn() {
        return Optional.ofNullable(decidedOn);
    }

    /** A note on an acceptance. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** Why it was declined. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.decidedOn = decidedOn;
        b.note = note;
        b.reason = reason;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PartyDecisionParams)) {
            return false;
        }
        PartyDecisionParams other = (PartyDecisionParams) o;
        return Objects.equals(decidedOn, other.decidedOn)
                && Objects.equals(note, other.note)
                && Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(decidedOn, note, reason);
    }

    /** Builder of {@link PartyDecisionParams}. */
    public static final class Builder {
        private LocalDate decidedOn;
        private String note;
        private String reason;

        private Builder() {
        }

        /** Today unless given. */
        public Builder decidedOn(LocalDate decidedOn) {
            this.decidedOn = decidedOn;
            return this;
        }

        /** A note on an acceptance. */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** Why it was declined. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public PartyDecisionParams build() {
            return new PartyDecisionParams(this);
        }
    }
}
