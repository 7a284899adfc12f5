package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The Party organisation's review for {@link TopicService#review}.
 * Required: {@code verdict}, {@code opinion}, {@code reviewer}, {@code reviewedOn}.
 */
public final class TopicReviewParams {
    @JsonProperty("verdict")
    private final ReviewVerdict verdict;
    @JsonProperty("opinion")
    private final String opinion;
    @JsonProperty("reviewer")
    private final String reviewer;
    @JsonProperty("reviewedOn")
    private final LocalDate reviewedOn;

    private TopicReviewParams(Builder b) {
        this.verdict = Objects.requireNonNull(b.verdict, "verdict is required");
        this.opinion = Objects.requireNonNull(b.opinion, "opinion is required");
        this.reviewer = Objects.requireNonNull(b.reviewer, "reviewer is required");
        this.reviewedOn = Objects.requireNonNull(b.reviewedOn, "reviewedOn is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    public ReviewVerdict verdict() {
        return verdict;
    }

    public String opinion() {
        return opinion;
    }

    public String reviewer() {
        return reviewer;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.verdict = verdict;
        b.opinion = opinion;
        b.reviewer = reviewer;
        b.reviewedOn = reviewedOn;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TopicReviewParams)) {
            return false;
        }
        TopicReviewParams other = (TopicReviewParams) o;
        return Objects.equals(verdict, other.verdict)
                && Objects.equals(opinion, other.opinion)
                && Objects.equals(reviewer, other.reviewer)
                && Objects.equals(reviewedOn, other.reviewedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdict, opinion, reviewer, reviewedOn);
    }

    /** Builder of {@link TopicReviewParams}. */
    public static final class Builder {
        private ReviewVerdict verdict;
        private String opinion;
        private String reviewer;
        private LocalDate reviewedOn;

        private Builder() {
        }

        public Builder verdict(ReviewVerdict verdict) {
            this.verdict = verdict;
            return this;
        }

        public Builder opinion(String opinion) {
            this.opinion = opinion;
            return this;
        }

        public Builder reviewer(String reviewer) {
            this.reviewer = reviewer;
            return this;
        }

        public Builder reviewedOn(LocalDate reviewedOn) {
            this.reviewedOn = reviewedOn;
            return this;
        }

        public TopicReviewParams build() {
            return new TopicReviewParams(this);
        }
    }
}
