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
 * 议题: a matter a council takes up, from proposal to its published result.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Topic {
    @JsonProperty("id")
    private String id;
    @JsonProperty("councilId")
    private String councilId;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("title")
    private String title;
    @JsonProperty("description")
    private String description;
    @JsonProperty("origin")
    private TopicOrigin origin;
    @JsonProperty("originRef")
    private String originRef;
    @JsonProperty("proposerKey")
    private String proposerKey;
    @JsonProperty("major")
    private boolean major;
    @JsonProperty("partyOrganizationId")
    private String partyOrganizationId;
    @JsonProperty("stage")
    private TopicStage stage;
    @JsonProperty("seconds")
    private int seconds;
    @JsonProperty("declineReason")
    private String declineReason;
    @JsonProperty("review")
    private TopicReview review;
    @JsonProperty("decision")
    private Decision decision;
    @JsonProperty("amendsTopicId")
    private String amendsTopicId;
    @JsonProperty("voteId")
    private String voteId;
    @JsonProperty("evaluationClosesAt")
    private OffsetDateTime evaluationClosesAt;
    @JsonProperty("publishedResult")
    private String publishedResult;
    @JsonProperty("proposedAt")
    private OffsetDateTime proposedAt;
    @JsonProperty("acceptedAt")
    private OffsetDateTime acceptedAt;
    @JsonProperty("closedAt")
    private OffsetDateTime closedAt;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Topic() {
    }

    public String id() {
        return id;
    }

    public String councilId() {
        return councilId;
    }

    /** The venue node. */
    public String gridId() {
        return gridId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public TopicOrigin origin() {
        return origin;
    }

    /** The case, need or Party organisation it came from. */
    public Optional<String> originRef() {
        return Optional.ofNullable(originRef);
    }

    /** Who proposed it; shown to staff and the proposer. */
    public Optional<String> proposerKey() {
        return Optional.ofNullable(proposerKey);
    }

    /** A major matter (重大事项): the Party organisation reviews it before a vote. */
    public boolean major() {
        return major;
    }

    public Optional<String> partyOrganizationId() {
        return Optional.ofNullable(partyOrganizationId);
    }

    public TopicStage stage() {
        return stage;
    }

    public int seconds() {
        return seconds;
    }

    public Optional<String> declineReason() {
        return Optional.ofNullable(declineReason);
    }

    public Optional<TopicReview> review() {
        return Optional.ofNullable(review);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<String> amendsTopicId() {
        return Optional.ofNullable(amendsTopicId);
    }

    public Optional<String> voteId() {
        return Optional.ofNullable(voteId);
    }

    public Optional<OffsetDateTime> evaluationClosesAt() {
        return Optional.ofNullable(evaluationClosesAt);
    }

    public Optional<String> publishedResult() {
        return Optional.ofNullable(publishedResult);
    }

    public OffsetDateTime proposedAt() {
        return proposedAt;
    }

    public Optional<OffsetDateTime> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public Optional<OffsetDateTime> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public long version() {
        return version;
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
        return new Builder(new Topic());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Topic copy(Topic from) {
        Topic c = new Topic();
        c.id = from.id;
        c.councilId = from.councilId;
        c.gridId = from.gridId;
        c.title = from.title;
        c.description = from.description;
        c.origin = from.origin;
        c.originRef = from.originRef;
        c.proposerKey = from.proposerKey;
        c.major = from.major;
        c.partyOrganizationId = from.partyOrganizationId;
        c.stage = from.stage;
        c.seconds = from.seconds;
        c.declineReason = from.declineReason;
        c.review = from.review;
        c.decision = from.decision;
        c.amendsTopicId = from.amendsTopicId;
        c.voteId = from.voteId;
        c.evaluationClosesAt = from.evaluationClosesAt;
        c.publishedResult = from.publishedResult;
        c.proposedAt = from.proposedAt;
        c.acceptedAt = from.acceptedAt;
        c.closedAt = from.closedAt;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Topic)) {
            return false;
        }
        Topic other = (Topic) o;
        return Objects.equals(id, other.id)
                && Objects.equals(councilId, other.councilId)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(title, other.title)
                && Objects.equals(description, other.description)
                && Objects.equals(origin, other.origin)
                && Objects.equals(originRef, other.originRef)
                && Objects.equals(proposerKey, other.proposerKey)
                && major == other.major
                && Objects.equals(partyOrganizationId, other.partyOrganizationId)
                && Objects.equals(stage, other.stage)
                && seconds == other.seconds
                && Objects.equals(declineReason, other.declineReason)
                && Objects.equals(review, other.review)
                && Objects.equals(decision, other.decision)
                && Objects.equals(amendsTopicId, other.amendsTopicId)
                && Objects.equals(voteId, other.voteId)
                && Objects.equals(evaluationClosesAt, other.evaluationClosesAt)
                && Objects.equals(publishedResult, other.publishedResult)
                && Objects.equals(proposedAt, other.proposedAt)
                && Objects.equals(acceptedAt, other.acceptedAt)
                && Objects.equals(closedAt, other.closedAt)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, councilId, gridId);
    }

    @Override
    public String toString() {
        return "Topic{" + "id=" + id + ", " + "councilId=" + councilId + ", " + "gridId=" + gridId + "}";
    }

    /** Builds a {@link Topic}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Topic building;

        private Builder(Topic building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder councilId(String councilId) {
            building.councilId = councilId;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder title(String title) {
            building.title = title;
            return this;
        }

        public Builder description(String description) {
            building.description = description;
            return this;
        }

        public Builder origin(TopicOrigin origin) {
            building.origin = origin;
            return this;
        }

        public Builder originRef(String originRef) {
            building.originRef = originRef;
            return this;
        }

        public Builder proposerKey(String proposerKey) {
            building.proposerKey = proposerKey;
            return this;
        }

        public Builder major(boolean major) {
            building.major = major;
            return this;
        }

        public Builder partyOrganizationId(String partyOrganizationId) {
            building.partyOrganizationId = partyOrganizationId;
            return this;
        }

        public Builder stage(TopicStage stage) {
            building.stage = stage;
            return this;
        }

        public Builder seconds(int seconds) {
            building.seconds = seconds;
            return this;
        }

        public Builder declineReason(String declineReason) {
            building.declineReason = declineReason;
            return this;
        }

        public Builder review(TopicReview review) {
            building.review = review;
            return this;
        }

        public Builder decision(Decision decision) {
            building.decision = decision;
            return this;
        }

        public Builder amendsTopicId(String amendsTopicId) {
            building.amendsTopicId = amendsTopicId;
            return this;
        }

        public Builder voteId(String voteId) {
            building.voteId = voteId;
            return this;
        }

        public Builder evaluationClosesAt(OffsetDateTime evaluationClosesAt) {
            building.evaluationClosesAt = evaluationClosesAt;
            return this;
        }

        public Builder publishedResult(String publishedResult) {
            building.publishedResult = publishedResult;
            return this;
        }

        public Builder proposedAt(OffsetDateTime proposedAt) {
            building.proposedAt = proposedAt;
            return this;
        }

        public Builder acceptedAt(OffsetDateTime acceptedAt) {
            building.acceptedAt = acceptedAt;
            return this;
        }

        public Builder closedAt(OffsetDateTime closedAt) {
            building.closedAt = closedAt;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Topic build() {
            return copy(building);
        }
    }
}
