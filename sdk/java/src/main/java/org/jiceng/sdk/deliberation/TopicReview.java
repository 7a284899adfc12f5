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
 * The Party organisation's review of a major matter.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class TopicReview {
    @JsonProperty("verdict")
    private ReviewVerdict verdict;
    @JsonProperty("opinion")
    private String opinion;
    @JsonProperty("reviewer")
    private String reviewer;
    @JsonProperty("reviewedOn")
    private LocalDate reviewedOn;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private TopicReview() {
    }

    public ReviewVerdict verdict() {
        return verdict;
    }

    public String opinion() {
        return opinion;
    }

    /** Shown to staff only. */
    public Optional<String> reviewer() {
        return Optional.ofNullable(reviewer);
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
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
        return new Builder(new TopicReview());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static TopicReview copy(TopicReview from) {
        TopicReview c = new TopicReview();
        c.verdict = from.verdict;
        c.opinion = from.opinion;
        c.reviewer = from.reviewer;
        c.reviewedOn = from.reviewedOn;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TopicReview)) {
            return false;
        }
        TopicReview other = (TopicReview) o;
        return Objects.equals(verdict, other.verdict)
                && Objects.equals(opinion, other.opinion)
                && Objects.equals(reviewer, other.reviewer)
                && Objects.equals(reviewedOn, other.reviewedOn)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdict, opinion, reviewer);
    }

    @Override
    public String toString() {
        return "TopicReview{" + "verdict=" + verdict + ", " + "opinion=" + opinion + ", " + "reviewer=" + reviewer + "}";
    }

    /** Builds a {@link TopicReview}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final TopicReview building;

        private Builder(TopicReview building) {
            this.building = building;
        }

        public Builder verdict(ReviewVerdict verdict) {
            building.verdict = verdict;
            return this;
        }

        public Builder opinion(String opinion) {
            building.opinion = opinion;
            return this;
        }

        public Builder reviewer(String reviewer) {
            building.reviewer = reviewer;
            return this;
        }

        public Builder reviewedOn(LocalDate reviewedOn) {
            building.reviewedOn = reviewedOn;
            return this;
        }

        public TopicReview build() {
            return copy(building);
        }
    }
}
