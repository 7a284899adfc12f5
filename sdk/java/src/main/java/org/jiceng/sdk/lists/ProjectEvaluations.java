package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Residents' evaluations of a finished project.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class ProjectEvaluations {
    @JsonProperty("projectId")
    private String projectId;
    @JsonProperty("count")
    private long count;
    @JsonProperty("satisfied")
    private long satisfied;
    @JsonProperty("satisfactionRate")
    private double satisfactionRate;
    @JsonProperty("meanScore")
    private double meanScore;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private ProjectEvaluations() {
    }

    public String projectId() {
        return projectId;
    }

    public long count() {
        return count;
    }

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
        return new Builder(new ProjectEvaluations());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static ProjectEvaluations copy(ProjectEvaluations from) {
        ProjectEvaluations c = new ProjectEvaluations();
        c.projectId = from.projectId;
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
        if (!(o instanceof ProjectEvaluations)) {
            return false;
        }
        ProjectEvaluations other = (ProjectEvaluations) o;
        return Objects.equals(projectId, other.projectId)
                && count == other.count
                && satisfied == other.satisfied
                && satisfactionRate == other.satisfactionRate
                && meanScore == other.meanScore
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectId, count, satisfied);
    }

    @Override
    public String toString() {
        return "ProjectEvaluations{" + "projectId=" + projectId + ", " + "count=" + count + ", " + "satisfied=" + satisfied + "}";
    }

    /** Builds a {@link ProjectEvaluations}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final ProjectEvaluations building;

        private Builder(ProjectEvaluations building) {
            this.building = building;
        }

        public Builder projectId(String projectId) {
            building.projectId = projectId;
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

        public ProjectEvaluations build() {
            return copy(building);
        }
    }
}
