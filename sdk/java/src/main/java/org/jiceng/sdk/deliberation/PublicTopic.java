package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What residents may read of a topic (三务公开): never personal data.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PublicTopic {
    @JsonProperty("id")
    private String id;
    @JsonProperty("title")
    private String title;
    @JsonProperty("description")
    private String description;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("stage")
    private TopicStage stage;
    @JsonProperty("major")
    private boolean major;
    @JsonProperty("reviewVerdict")
    private ReviewVerdict reviewVerdict;
    @JsonProperty("reviewedOn")
    private LocalDate reviewedOn;
    @JsonProperty("meetingsByKind")
    private Map<String, Long> meetingsByKind;
    @JsonProperty("meetingsHeld")
    private int meetingsHeld;
    @JsonProperty("publishedComments")
    private List<String> publishedComments;
    @JsonProperty("vote")
    private Tally vote;
    @JsonProperty("voteRule")
    private VoteRule voteRule;
    @JsonProperty("decision")
    private Decision decision;
    @JsonProperty("tasks")
    private int tasks;
    @JsonProperty("tasksDone")
    private int tasksDone;
    @JsonProperty("progress")
    private int progress;
    @JsonProperty("evaluation")
    private Evaluations evaluation;
    @JsonProperty("publishedResult")
    private String publishedResult;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PublicTopic() {
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String gridId() {
        return gridId;
    }

    public TopicStage stage() {
        return stage;
    }

    public boolean major() {
        return major;
    }

    public Optional<ReviewVerdict> reviewVerdict() {
        return Optional.ofNullable(reviewVerdict);
    }

    public Optional<LocalDate> reviewedOn() {
        return Optional.ofNullable(reviewedOn);
    }

    public Map<String, Long> meetingsByKind() {
        return meetingsByKind == null ? Map.of() : Collections.unmodifiableMap(meetingsByKind);
    }

    public int meetingsHeld() {
        return meetingsHeld;
    }

    public List<String> publishedComments() {
        return publishedComments == null ? List.of() : Collections.unmodifiableList(publishedComments);
    }

    public Optional<Tally> vote() {
        return Optional.ofNullable(vote);
    }

    public Optional<VoteRule> voteRule() {
        return Optional.ofNullable(voteRule);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public int tasks() {
        return tasks;
    }

    public int tasksDone() {
        return tasksDone;
    }

    /** Mean progress of the tasks. */
    public int progress() {
        return progress;
    }

    public Evaluations evaluation() {
        return evaluation;
    }

    public Optional<String> publishedResult() {
        return Optional.ofNullable(publishedResult);
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
        return new Builder(new PublicTopic());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PublicTopic copy(PublicTopic from) {
        PublicTopic c = new PublicTopic();
        c.id = from.id;
        c.title = from.title;
        c.description = from.description;
        c.gridId = from.gridId;
        c.stage = from.stage;
        c.major = from.major;
        c.reviewVerdict = from.reviewVerdict;
        c.reviewedOn = from.reviewedOn;
        c.meetingsByKind = from.meetingsByKind;
        c.meetingsHeld = from.meetingsHeld;
        c.publishedComments = from.publishedComments;
        c.vote = from.vote;
        c.voteRule = from.voteRule;
        c.decision = from.decision;
        c.tasks = from.tasks;
        c.tasksDone = from.tasksDone;
        c.progress = from.progress;
        c.evaluation = from.evaluation;
        c.publishedResult = from.publishedResult;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PublicTopic)) {
            return false;
        }
        PublicTopic other = (PublicTopic) o;
        return Objects.equals(id, other.id)
                && Objects.equals(title, other.title)
                && Objects.equals(description, other.description)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(stage, other.stage)
                && major == other.major
                && Objects.equals(reviewVerdict, other.reviewVerdict)
                && Objects.equals(reviewedOn, other.reviewedOn)
                && Objects.equals(meetingsByKind, other.meetingsByKind)
                && meetingsHeld == other.meetingsHeld
                && Objects.equals(publishedComments, other.publishedComments)
                && Objects.equals(vote, other.vote)
                && Objects.equals(voteRule, other.voteRule)
                && Objects.equals(decision, other.decision)
                && tasks == other.tasks
                && tasksDone == other.tasksDone
                && progress == other.progress
                && Objects.equals(evaluation, other.evaluation)
                && Objects.equals(publishedResult, other.publishedResult)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, description);
    }

    @Override
    public String toString() {
        return "PublicTopic{" + "id=" + id + ", " + "title=" + title + ", " + "description=" + description + "}";
    }

    /** Builds a {@link PublicTopic}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PublicTopic building;

        private Builder(PublicTopic building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
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

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder stage(TopicStage stage) {
            building.stage = stage;
            return this;
        }

        public Builder major(boolean major) {
            building.major = major;
            return this;
        }

        public Builder reviewVerdict(ReviewVerdict reviewVerdict) {
            building.reviewVerdict = reviewVerdict;
            return this;
        }

        public Builder reviewedOn(LocalDate reviewedOn) {
            building.reviewedOn = reviewedOn;
            return this;
        }

        public Builder meetingsByKind(Map<String, Long> meetingsByKind) {
            building.meetingsByKind = meetingsByKind;
            return this;
        }

        public Builder meetingsHeld(int meetingsHeld) {
            building.meetingsHeld = meetingsHeld;
            return this;
        }

        public Builder publishedComments(List<String> publishedComments) {
            building.publishedComments = publishedComments;
            return this;
        }

        public Builder vote(Tally vote) {
            building.vote = vote;
            return this;
        }

        public Builder voteRule(VoteRule voteRule) {
            building.voteRule = voteRule;
            return this;
        }

        public Builder decision(Decision decision) {
            building.decision = decision;
            return this;
        }

        public Builder tasks(int tasks) {
            building.tasks = tasks;
            return this;
        }

        public Builder tasksDone(int tasksDone) {
            building.tasksDone = tasksDone;
            return this;
        }

        public Builder progress(int progress) {
            building.progress = progress;
            return this;
        }

        public Builder evaluation(Evaluations evaluation) {
            building.evaluation = evaluation;
            return this;
        }

        public Builder publishedResult(String publishedResult) {
            building.publishedResult = publishedResult;
            return this;
        }

        public PublicTopic build() {
            return copy(building);
        }
    }
}
