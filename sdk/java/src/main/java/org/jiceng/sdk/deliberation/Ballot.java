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
 * A ballot: an open vote's names its elector and time; a secret vote's has a random id, choice and weight only.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Ballot {
    @JsonProperty("id")
    private String id;
    @JsonProperty("choice")
    private BallotChoice choice;
    @JsonProperty("weight")
    private BigDecimal weight;
    @JsonProperty("electorId")
    private String electorId;
    @JsonProperty("castAt")
    private OffsetDateTime castAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Ballot() {
    }

    public String id() {
        return id;
    }

    public BallotChoice choice() {
        return choice;
    }

    public BigDecimal weight() {
        return weight;
    }

    public Optional<String> electorId() {
        return Optional.ofNullable(electorId);
    }

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
        return new Builder(new Ballot());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Ballot copy(Ballot from) {
        Ballot c = new Ballot();
        c.id = from.id;
        c.choice = from.choice;
        c.weight = from.weight;
        c.electorId = from.electorId;
        c.castAt = from.castAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Ballot)) {
            return false;
        }
        Ballot other = (Ballot) o;
        return Objects.equals(id, other.id)
                && Objects.equals(choice, other.choice)
                && Objects.equals(weight, other.weight)
                && Objects.equals(electorId, other.electorId)
                && Objects.equals(castAt, other.castAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, choice, weight);
    }

    @Override
    public String toString() {
        return "Ballot{" + "id=" + id + ", " + "choice=" + choice + ", " + "weight=" + weight + "}";
    }

    /** Builds a {@link Ballot}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Ballot building;

        private Builder(Ballot building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder choice(BallotChoice choice) {
            building.choice = choice;
            return this;
        }

        public Builder weight(BigDecimal weight) {
            building.weight = weight;
            return this;
        }

        public Builder electorId(String electorId) {
            building.electorId = electorId;
            return this;
        }

        public Builder castAt(OffsetDateTime castAt) {
            building.castAt = castAt;
            return this;
        }

        public Ballot build() {
            return copy(building);
        }
    }
}
