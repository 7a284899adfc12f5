package org.jiceng.sdk.deliberation;

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
 * A topic's decision: passed or failed, on what basis, and for a passed one its kind, text and revision.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Decision {
    @JsonProperty("outcome")
    private DecisionOutcome outcome;
    @JsonProperty("basis")
    private DecisionBasis basis;
    @JsonProperty("kind")
    private DecisionKind kind;
    @JsonProperty("text")
    private String text;
    @JsonProperty("revision")
    private Integer revision;
    @JsonProperty("supersededBy")
    private String supersededBy;
    @JsonProperty("fundedBy")
    private String fundedBy;
    @JsonProperty("decidedAt")
    private OffsetDateTime decidedAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Decision() {
    }

    public DecisionOutcome outcome() {
        return outcome;
    }

    public DecisionBasis basis() {
        return basis;
    }

    public Optional<DecisionKind> kind() {
        return Optional.ofNullable(kind);
    }

    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** A convention's revision, from 1. */
    public Optional<Integer> revision() {
        return Optional.ofNullable(revision);
    }

    /** The topic whose convention replaced this text. */
    public Optional<String> supersededBy() {
        return Optional.ofNullable(supersededBy);
    }

    public Optional<String> fundedBy() {
        return Optional.ofNullable(fundedBy);
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
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
        return new Builder(new Decision());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Decision copy(Decision from) {
        Decision c = new Decision();
        c.outcome = from.outcome;
        c.basis = from.basis;
        c.kind = from.kind;
        c.text = from.text;
        c.revision = from.revision;
        c.supersededBy = from.supersededBy;
        c.fundedBy = from.fundedBy;
        c.decidedAt = from.decidedAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Decision)) {
            return false;
        }
        Decision other = (Decision) o;
        return Objects.equals(outcome, other.outcome)
                && Objects.equals(basis, other.basis)
                && Objects.equals(kind, other.kind)
                && Objects.equals(text, other.text)
                && Objects.equals(revision, other.revision)
                && Objects.equals(supersededBy, other.supersededBy)
                && Objects.equals(fundedBy, other.fundedBy)
                && Objects.equals(decidedAt, other.decidedAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, basis, kind);
    }

    @Override
    public String toString() {
        return "Decision{" + "outcome=" + outcome + ", " + "basis=" + basis + ", " + "kind=" + kind + "}";
    }

    /** Builds a {@link Decision}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Decision building;

        private Builder(Decision building) {
            this.building = building;
        }

        public Builder outcome(DecisionOutcome outcome) {
            building.outcome = outcome;
            return this;
        }

        public Builder basis(DecisionBasis basis) {
            building.basis = basis;
            return this;
        }

        public Builder kind(DecisionKind kind) {
            building.kind = kind;
            return this;
        }

        public Builder text(String text) {
            building.text = text;
            return this;
        }

        public Builder revision(Integer revision) {
            building.revision = revision;
            return this;
        }

        public Builder supersededBy(String supersededBy) {
            building.supersededBy = supersededBy;
            return this;
        }

        public Builder fundedBy(String fundedBy) {
            building.fundedBy = fundedBy;
            return this;
        }

        public Builder decidedAt(OffsetDateTime decidedAt) {
            building.decidedAt = decidedAt;
            return this;
        }

        public Decision build() {
            return copy(building);
        }
    }
}
