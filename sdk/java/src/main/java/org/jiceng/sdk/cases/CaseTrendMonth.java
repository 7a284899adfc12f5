package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One month of a node's case series: what {@code cases:stats} reports for the node and that month.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class CaseTrendMonth {
    @JsonProperty("month")
    private java.time.YearMonth month;
    @JsonProperty("reported")
    private long reported;
    @JsonProperty("accepted")
    private long accepted;
    @JsonProperty("closed")
    private long closed;
    @JsonProperty("evaluated")
    private long evaluated;
    @JsonProperty("whistled")
    private long whistled;
    @JsonProperty("responseRate")
    private Double responseRate;
    @JsonProperty("resolutionRate")
    private Double resolutionRate;
    @JsonProperty("satisfactionRate")
    private Double satisfactionRate;
    @JsonProperty("score")
    private Double score;
    @JsonProperty("whistleRate")
    private Double whistleRate;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private CaseTrendMonth() {
    }

    public java.time.YearMonth month() {
        return month;
    }

    public long reported() {
        return reported;
    }

    public long accepted() {
        return accepted;
    }

    public long closed() {
        return closed;
    }

    public long evaluated() {
        return evaluated;
    }

    public long whistled() {
        return whistled;
    }

    public Optional<Double> responseRate() {
        return Optional.ofNullable(responseRate);
    }

    public Optional<Double> resolutionRate() {
        return Optional.ofNullable(resolutionRate);
    }

    public Optional<Double> satisfactionRate() {
        return Optional.ofNullable(satisfactionRate);
    }

    /** 0-100: the weighted rates present. */
    public Optional<Double> score() {
        return Optional.ofNullable(score);
    }

    public Optional<Double> whistleRate() {
        return Optional.ofNullable(whistleRate);
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
        return new Builder(new CaseTrendMonth());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static CaseTrendMonth copy(CaseTrendMonth from) {
        CaseTrendMonth c = new CaseTrendMonth();
        c.month = from.month;
        c.reported = from.reported;
        c.accepted = from.accepted;
        c.closed = from.closed;
        c.evaluated = from.evaluated;
        c.whistled = from.whistled;
        c.responseRate = from.responseRate;
        c.resolutionRate = from.resolutionRate;
        c.satisfactionRate = from.satisfactionRate;
        c.score = from.score;
        c.whistleRate = from.whistleRate;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CaseTrendMonth)) {
            return false;
        }
        CaseTrendMonth other = (CaseTrendMonth) o;
        return Objects.equals(month, other.month)
                && reported == other.reported
                && accepted == other.accepted
                && closed == other.closed
                && evaluated == other.evaluated
                && whistled == other.whistled
                && Objects.equals(responseRate, other.responseRate)
                && Objects.equals(resolutionRate, other.resolutionRate)
                && Objects.equals(satisfactionRate, other.satisfactionRate)
                && Objects.equals(score, other.score)
                && Objects.equals(whistleRate, other.whistleRate)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(month);
    }

    @Override
    public String toString() {
        return "CaseTrendMonth{" + "month=" + month + ", " + "reported=" + reported + ", " + "score=" + score + "}";
    }

    /** Builds a {@link CaseTrendMonth}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final CaseTrendMonth building;

        private Builder(CaseTrendMonth building) {
            this.building = building;
        }

        public Builder month(java.time.YearMonth month) {
            building.month = month;
            return this;
        }

        public Builder reported(long reported) {
            building.reported = reported;
            return this;
        }

        public Builder accepted(long accepted) {
            building.accepted = accepted;
            return this;
        }

        public Builder closed(long closed) {
            building.closed = closed;
            return this;
        }

        public Builder evaluated(long evaluated) {
            building.evaluated = evaluated;
            return this;
        }

        public Builder whistled(long whistled) {
            building.whistled = whistled;
            return this;
        }

        public Builder responseRate(Double responseRate) {
            building.responseRate = responseRate;
            return this;
        }

        public Builder resolutionRate(Double resolutionRate) {
            building.resolutionRate = resolutionRate;
            return this;
        }

        public Builder satisfactionRate(Double satisfactionRate) {
            building.satisfactionRate = satisfactionRate;
            return this;
        }

        public Builder score(Double score) {
            building.score = score;
            return this;
        }

        public Builder whistleRate(Double whistleRate) {
            building.whistleRate = whistleRate;
            return this;
        }

        public CaseTrendMonth build() {
            return copy(building);
        }
    }
}
