package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 评: residents' evaluations of a topic's result.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Evaluations {
    @JsonProperty("topicId")
    private String topicId;
    @JsonProperty("count")
    private long count;
    @JsonProperty("satisfied")
    private long satisfied;
    @JsonProperty("satisfactionRate")
    private double satisfactionRate;
    @JsonProperty("meanScore")
    private double meanScore;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Evaluations() {
    }

    public String topicId() {
        return topicId;
    }

    public long count() {
        return count;
    }

    /** Scores of 4 or 5. */
    public long satisfied() {
        return satisfied;
    }

    public double satisfactionRate() {
        return satisfactionRate;
    }

    public double meanScore() {
        return meanScore;
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
        return new Builder(new Evaluations());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Evaluations copy(Evaluations from) {
        Evaluations c = new Evaluations();
        c.topicId = from.topicId;
        c.count = from.count;
        c.satisfied = from.satisfied;
        c.satisfactionRate = from.satisfactionRate;
        c.meanScore = from.meanScore;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Evaluations)) {
            return false;
        }
        Evaluations other = (Evaluations) o;
        return Objects.equals(topicId, other.topicId)
                && count == other.count
                && satisfied == other.satisfied
                && satisfactionRate == other.satisfactionRate
                && meanScore == other.meanScore
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topicId, count, satisfied);
    }

    @Override
    public String toString() {
        return "Evaluations{" + "topicId=" + topicId + ", " + "count=" + count + ", " + "satisfied=" + satisfied + "}";
    }

    /** Builds a {@link Evaluations}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Evaluations building;

        private Builder(Evaluations building) {
            this.building = building;
        }

        public Builder topicId(String topicId) {
            building.topicId = topicId;
            return this;
        }

        public Builder count(long count) {
            building.count = count;
            return this;
        }

        public Builder satisfied(long satisfied) {
            building.satisfied = satisfied;
            return this;
        }

        public Builder satisfactionRate(double satisfactionRate) {
            building.satisfactionRate = satisfactionRate;
            return this;
        }

        public Builder meanScore(double meanScore) {
            building.meanScore = meanScore;
            return this;
        }

        public Evaluations build() {
            return copy(building);
        }
    }
}
