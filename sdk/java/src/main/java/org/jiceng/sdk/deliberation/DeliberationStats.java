package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Deliberation figures of a grid subtree over a period.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class DeliberationStats {
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("from")
    private LocalDate from;
    @JsonProperty("to")
    private LocalDate to;
    @JsonProperty("topicsByStage")
    private Map<String, Long> topicsByStage;
    @JsonProperty("medianDaysToDecision")
    private Double medianDaysToDecision;
    @JsonProperty("tasksDue")
    private long tasksDue;
    @JsonProperty("tasksDoneOnTime")
    private long tasksDoneOnTime;
    @JsonProperty("tasksOverdue")
    private long tasksOverdue;
    @JsonProperty("ballotsCast")
    private long ballotsCast;
    @JsonProperty("electorsEntitled")
    private long electorsEntitled;
    @JsonProperty("participationRate")
    private Double participationRate;
    @JsonProperty("meetingsByKind")
    private Map<String, Long> meetingsByKind;
    @JsonProperty("evaluations")
    private long evaluations;
    @JsonProperty("satisfied")
    private long satisfied;
    @JsonProperty("satisfactionRate")
    private Double satisfactionRate;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private DeliberationStats() {
    }

    public String gridId() {
        return gridId;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public Map<String, Long> topicsByStage() {
        return topicsByStage == null ? Map.of() : Collections.unmodifiableMap(topicsByStage);
    }

    public Optional<Double> medianDaysToDecision() {
        return Optional.ofNullable(medianDaysToDecision);
    }

    public long tasksDue() {
        return tasksDue;
    }

    public long tasksDoneOnTime() {
        return tasksDoneOnTime;
    }

    public long tasksOverdue() {
        return tasksOverdue;
    }

    public long ballotsCast() {
        return ballotsCast;
    }

    public long electorsEntitled() {
        return electorsEntitled;
    }

    public Optional<Double> participationRate() {
        return Optional.ofNullable(participationRate);
    }

    public Map<String, Long> meetingsByKind() {
        return meetingsByKind == null ? Map.of() : Collections.unmodifiableMap(meetingsByKind);
    }

    public long evaluations() {
        return evaluations;
    }

    public long satisfied() {
        return satisfied;
    }

    public Optional<Double> satisfactionRate() {
        return Optional.ofNullable(satisfactionRate);
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
        return new Builder(new DeliberationStats());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static DeliberationStats copy(DeliberationStats from) {
        DeliberationStats c = new DeliberationStats();
        c.gridId = from.gridId;
        c.from = from.from;
        c.to = from.to;
        c.topicsByStage = from.topicsByStage;
        c.medianDaysToDecision = from.medianDaysToDecision;
        c.tasksDue = from.tasksDue;
        c.tasksDoneOnTime = from.tasksDoneOnTime;
        c.tasksOverdue = from.tasksOverdue;
        c.ballotsCast = from.ballotsCast;
        c.electorsEntitled = from.electorsEntitled;
        c.participationRate = from.participationRate;
        c.meetingsByKind = from.meetingsByKind;
        c.evaluations = from.evaluations;
        c.satisfied = from.satisfied;
        c.satisfactionRate = from.satisfactionRate;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DeliberationStats)) {
            return false;
        }
        DeliberationStats other = (DeliberationStats) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(from, other.from)
                && Objects.equals(to, other.to)
                && Objects.equals(topicsByStage, other.topicsByStage)
                && Objects.equals(medianDaysToDecision, other.medianDaysToDecision)
                && tasksDue == other.tasksDue
                && tasksDoneOnTime == other.tasksDoneOnTime
                && tasksOverdue == other.tasksOverdue
                && ballotsCast == other.ballotsCast
                && electorsEntitled == other.electorsEntitled
                && Objects.equals(participationRate, other.participationRate)
                && Objects.equals(meetingsByKind, other.meetingsByKind)
                && evaluations == other.evaluations
                && satisfied == other.satisfied
                && Objects.equals(satisfactionRate, other.satisfactionRate)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, from, to);
    }

    @Override
    public String toString() {
        return "DeliberationStats{" + "gridId=" + gridId + ", " + "from=" + from + ", " + "to=" + to + "}";
    }

    /** Builds a {@link DeliberationStats}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final DeliberationStats building;

        private Builder(DeliberationStats building) {
            this.building = building;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder from(LocalDate from) {
            building.from = from;
            return this;
        }

        public Builder to(LocalDate to) {
            building.to = to;
            return this;
        }

        public Builder topicsByStage(Map<String, Long> topicsByStage) {
            building.topicsByStage = topicsByStage;
            return this;
        }

        public Builder medianDaysToDecision(Double medianDaysToDecision) {
            building.medianDaysToDecision = medianDaysToDecision;
            return this;
        }

        public Builder tasksDue(long tasksDue) {
            building.tasksDue = tasksDue;
            return this;
        }

        public Builder tasksDoneOnTime(long tasksDoneOnTime) {
            building.tasksDoneOnTime = tasksDoneOnTime;
            return this;
        }

        public Builder tasksOverdue(long tasksOverdue) {
            building.tasksOverdue = tasksOverdue;
            return this;
        }

        public Builder ballotsCast(long ballotsCast) {
            building.ballotsCast = ballotsCast;
            return this;
        }

        public Builder electorsEntitled(long electorsEntitled) {
            building.electorsEntitled = electorsEntitled;
            return this;
        }

        public Builder participationRate(Double participationRate) {
            building.participationRate = participationRate;
            return this;
        }

        public Builder meetingsByKind(Map<String, Long> meetingsByKind) {
            building.meetingsByKind = meetingsByKind;
            return this;
        }

        public Builder evaluations(long evaluations) {
            building.evaluations = evaluations;
            return this;
        }

        public Builder satisfied(long satisfied) {
            building.satisfied = satisfied;
            return this;
        }

        public Builder satisfactionRate(Double satisfactionRate) {
            building.satisfactionRate = satisfactionRate;
            return this;
        }

        public DeliberationStats build() {
            return copy(building);
        }
    }
}
