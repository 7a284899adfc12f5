package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Filters of {@link TopicService#list}.
 */
public final class TopicListParams {
    @JsonProperty("councilId")
    private final String councilId;
    @JsonProperty("caseId")
    private final String caseId;
    @JsonProperty("stage")
    private final TopicStage stage;
    @JsonProperty("limit")
    private final Integer limit;

    private TopicListParams(Builder b) {
        this.councilId = b.councilId;
        this.caseId = b.caseId;
        this.stage = b.stage;
        this.limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> councilId() {
        return Optional.ofNullable(councilId);
    }

    /** Topics raised from this case. */
    public Optional<String> caseId() {
        return Optional.ofNullable(caseId);
    }

    public Optional<TopicStage> stage() {
        return Optional.ofNullable(stage);
    }

    /** Page size, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.councilId = councilId;
        b.caseId = caseId;
        b.stage = stage;
        b.limit = limit;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TopicListParams)) {
            return false;
        }
        TopicListParams other = (TopicListParams) o;
        return Objects.equals(councilId, other.councilId)
                && Objects.equals(caseId, other.caseId)
                && Objects.equals(stage, other.stage)
                && Objects.equals(limit, other.limit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(councilId, caseId, stage, limit);
    }

    /** Builder of {@link TopicListParams}. */
    public static final class Builder {
        private String councilId;
        private String caseId;
        private TopicStage stage;
        private Integer limit;

        private Builder() {
        }

        public Builder councilId(String councilId) {
            this.councilId = councilId;
            return this;
        }

        /** Topics raised from this case. */
        public Builder caseId(String caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder stage(TopicStage stage) {
            this.stage = stage;
            return this;
        }

        /** Page size, 1-500 (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public TopicListParams build() {
            return new TopicListParams(this);
        }
    }
}
