package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A vote on a topic's motion, under a rule fixed when it opens.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Vote {
    @JsonProperty("id")
    private String id;
    @JsonProperty("topicId")
    private String topicId;
    @JsonProperty("motion")
    private String motion;
    @JsonProperty("decisionKind")
    private DecisionKind decisionKind;
    @JsonProperty("rule")
    private VoteRule rule;
    @JsonProperty("meetingForm")
    private ResidentsMeetingForm meetingForm;
    @JsonProperty("quorumPercent")
    private Integer quorumPercent;
    @JsonProperty("electorate")
    private Electorate electorate;
    @JsonProperty("gridIds")
    private List<String> gridIds;
    @JsonProperty("secret")
    private boolean secret;
    @JsonProperty("state")
    private VoteState state;
    @JsonProperty("entitled")
    private Integer entitled;
    @JsonProperty("entitledArea")
    private BigDecimal entitledArea;
    @JsonProperty("turnout")
    private Long turnout;
    @JsonProperty("tally")
    private Tally tally;
    @JsonProperty("openedAt")
    private OffsetDateTime openedAt;
    @JsonProperty("closedAt")
    private OffsetDateTime closedAt;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Vote() {
    }

    public String id() {
        return id;
    }

    public String topicId() {
        return topicId;
    }

    public String motion() {
        return motion;
    }

    public DecisionKind decisionKind() {
        return decisionKind;
    }

    public VoteRule rule() {
        return rule;
    }

    public Optional<ResidentsMeetingForm> meetingForm() {
        return Optional.ofNullable(meetingForm);
    }

    public Optional<Integer> quorumPercent() {
        return Optional.ofNullable(quorumPercent);
    }

    public Electorate electorate() {
        return electorate;
    }

    public List<String> gridIds() {
        return gridIds == null ? List.of() : Collections.unmodifiableList(gridIds);
    }

    public boolean secret() {
        return secret;
    }

    public VoteState state() {
        return state;
    }

    public Optional<Integer> entitled() {
        return Optional.ofNullable(entitled);
    }

    public Optional<BigDecimal> entitledArea() {
        return Optional.ofNullable(entitledArea);
    }

    /** Electors who have voted. */
    public Optional<Long> turnout() {
        return Optional.ofNullable(turnout);
    }

    /** Once closed. */
    public Optional<Tally> tally() {
        return Optional.ofNullable(tally);
    }

    public Optional<OffsetDateTime> openedAt() {
        return Optional.ofNullable(openedAt);
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
        return new Builder(new Vote());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Vote copy(Vote from) {
        Vote c = new Vote();
        c.id = from.id;
        c.topicId = from.topicId;
        c.motion = from.motion;
        c.decisionKind = from.decisionKind;
        c.rule = from.rule;
        c.meetingForm = from.meetingForm;
        c.quorumPercent = from.quorumPercent;
        c.electorate = from.electorate;
        c.gridIds = from.gridIds;
        c.secret = from.secret;
        c.state = from.state;
        c.entitled = from.entitled;
        c.entitledArea = from.entitledArea;
        c.turnout = from.turnout;
        c.tally = from.tally;
        c.openedAt = from.openedAt;
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
        if (!(o instanceof Vote)) {
            return false;
        }
        Vote other = (Vote) o;
        return Objects.equals(id, other.id)
                && Objects.equals(topicId, other.topicId)
                && Objects.equals(motion, other.motion)
                && Objects.equals(decisionKind, other.decisionKind)
                && Objects.equals(rule, other.rule)
                && Objects.equals(meetingForm, other.meetingForm)
                && Objects.equals(quorumPercent, other.quorumPercent)
                && Objects.equals(electorate, other.electorate)
                && Objects.equals(gridIds, other.gridIds)
                && secret == other.secret
                && Objects.equals(state, other.state)
                && Objects.equals(entitled, other.entitled)
                && Objects.equals(entitledArea, other.entitledArea)
                && Objects.equals(turnout, other.turnout)
                && Objects.equals(tally, other.tally)
                && Objects.equals(openedAt, other.openedAt)
                && Objects.equals(closedAt, other.closedAt)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, topicId, motion);
    }

    @Override
    public String toString() {
        return "Vote{" + "id=" + id + ", " + "topicId=" + topicId + ", " + "motion=" + motion + "}";
    }

    /** Builds a {@link Vote}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Vote building;

        private Builder(Vote building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder topicId(String topicId) {
            building.topicId = topicId;
            return this;
        }

        public Builder motion(String motion) {
            building.motion = motion;
            return this;
        }

        public Builder decisionKind(DecisionKind decisionKind) {
            building.decisionKind = decisionKind;
            return this;
        }

        public Builder rule(VoteRule rule) {
            building.rule = rule;
            return this;
        }

        public Builder meetingForm(ResidentsMeetingForm meetingForm) {
            building.meetingForm = meetingForm;
            return this;
        }

        public Builder quorumPercent(Integer quorumPercent) {
            building.quorumPercent = quorumPercent;
            return this;
        }

        public Builder electorate(Electorate electorate) {
            building.electorate = electorate;
            return this;
        }

        public Builder gridIds(List<String> gridIds) {
            building.gridIds = gridIds;
            return this;
        }

        public Builder secret(boolean secret) {
            building.secret = secret;
            return this;
        }

        public Builder state(VoteState state) {
            building.state = state;
            return this;
        }

        public Builder entitled(Integer entitled) {
            building.entitled = entitled;
            return this;
        }

        public Builder entitledArea(BigDecimal entitledArea) {
            building.entitledArea = entitledArea;
            return this;
        }

        public Builder turnout(Long turnout) {
            building.turnout = turnout;
            return this;
        }

        public Builder tally(Tally tally) {
            building.tally = tally;
            return this;
        }

        public Builder openedAt(OffsetDateTime openedAt) {
            building.openedAt = openedAt;
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

        public Vote build() {
            return copy(building);
        }
    }
}
