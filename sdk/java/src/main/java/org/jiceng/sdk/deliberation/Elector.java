package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A line of the roll: who may vote and whether they have, never how.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Elector {
    @JsonProperty("id")
    private String id;
    @JsonProperty("refKind")
    private String refKind;
    @JsonProperty("refId")
    private String refId;
    @JsonProperty("weight")
    private BigDecimal weight;
    @JsonProperty("voted")
    private boolean voted;
    @JsonProperty("paperRecordedBy")
    private String paperRecordedBy;
    @JsonProperty("castAt")
    private OffsetDateTime castAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Elector() {
    }

    public String id() {
        return id;
    }

    /** COUNCIL_MEMBER, HOUSEHOLD, RESIDENT, REPRESENTATIVE or OWNER. */
    public String refKind() {
        return refKind;
    }

    public String refId() {
        return refId;
    }

    /** Floor area for owners, else 1. */
    public BigDecimal weight() {
        return weight;
    }

    public boolean voted() {
        return voted;
    }

    public Optional<String> paperRecordedBy() {
        return Optional.ofNullable(paperRecordedBy);
    }

    /** Open votes only. */
    public Optional<OffsetDateTime> castAt() {
        return Optional.ofNullable(castAt);
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
        return new Builder(new Elector());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Elector copy(Elector from) {
        Elector c = new Elector();
        c.id = from.id;
        c.refKind = from.refKind;
        c.refId = from.refId;
        c.weight = from.weight;
        c.voted = from.voted;
        c.paperRecordedBy = from.paperRecordedBy;
        c.castAt = from.castAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Elector)) {
            return false;
        }
        Elector other = (Elector) o;
        return Objects.equals(id, other.id)
                && Objects.equals(refKind, other.refKind)
                && Objects.equals(refId, other.refId)
                && Objects.equals(weight, other.weight)
                && voted == other.voted
                && Objects.equals(paperRecordedBy, other.paperRecordedBy)
                && Objects.equals(castAt, other.castAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, refKind, refId);
    }

    @Override
    public String toString() {
        return "Elector{" + "id=" + id + ", " + "refKind=" + refKind + ", " + "refId=" + refId + "}";
    }

    /** Builds a {@link Elector}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Elector building;

        private Builder(Elector building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder refKind(String refKind) {
            building.refKind = refKind;
            return this;
        }

        public Builder refId(String refId) {
            building.refId = refId;
            return this;
        }

        public Builder weight(BigDecimal weight) {
            building.weight = weight;
            return this;
        }

        public Builder voted(boolean voted) {
            building.voted = voted;
            return this;
        }

        public Builder paperRecordedBy(String paperRecordedBy) {
            building.paperRecordedBy = paperRecordedBy;
            return this;
        }

        public Builder castAt(OffsetDateTime castAt) {
            building.castAt = castAt;
            return this;
        }

        public Elector build() {
            return copy(building);
        }
    }
}
