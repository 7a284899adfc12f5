package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A vote's terms for {@link VoteService#draft} and {@link VoteService#revise} (a revision changes what is set).
 */
public final class VoteParams {
    @JsonProperty("motion")
    private final String motion;
    @JsonProperty("decisionKind")
    private final DecisionKind decisionKind;
    @JsonProperty("rule")
    private final VoteRule rule;
    @JsonProperty("meetingForm")
    private final ResidentsMeetingForm meetingForm;
    @JsonProperty("quorumPercent")
    private final Integer quorumPercent;
    @JsonProperty("electorate")
    private final Electorate electorate;
    @JsonProperty("gridIds")
    private final List<String> gridIds;
    @JsonProperty("secret")
    private final Boolean secret;

    private VoteParams(Builder b) {
        this.motion = b.motion;
        this.decisionKind = b.decisionKind;
        this.rule = b.rule;
        this.meetingForm = b.meetingForm;
        this.quorumPercent = b.quorumPercent;
        this.electorate = b.electorate;
        this.gridIds = b.gridIds == null ? null : List.copyOf(b.gridIds);
        this.secret = b.secret;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Required for a draft. */
    public Optional<String> motion() {
        return Optional.ofNullable(motion);
    }

    public Optional<DecisionKind> decisionKind() {
        return Optional.ofNullable(decisionKind);
    }

    /** Required for a draft. */
    public Optional<VoteRule> rule() {
        return Optional.ofNullable(rule);
    }

    /** Under RESIDENTS_MEETING. */
    public Optional<ResidentsMeetingForm> meetingForm() {
        return Optional.ofNullable(meetingForm);
    }

    /** Under SIMPLE_MAJORITY or UNANIMOUS. */
    public Optional<Integer> quorumPercent() {
        return Optional.ofNullable(quorumPercent);
    }

    public Optional<Electorate> electorate() {
        return Optional.ofNullable(electorate);
    }

    /** The electorate's nodes. */
    public Optional<List<String>> gridIds() {
        return Optional.ofNullable(gridIds);
    }

    public Optional<Boolean> secret() {
        return Optional.ofNullable(secret);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.motion = motion;
        b.decisionKind = decisionKind;
        b.rule = rule;
        b.meetingForm = meetingForm;
        b.quorumPercent = quorumPercent;
        b.electorate = electorate;
        b.gridIds = gridIds;
        b.secret = secret;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof VoteParams)) {
            return false;
        }
        VoteParams other = (VoteParams) o;
        return Objects.equals(motion, other.motion)
                && Objects.equals(decisionKind, other.decisionKind)
                && Objects.equals(rule, other.rule)
                && Objects.equals(meetingForm, other.meetingForm)
                && Objects.equals(quorumPercent, other.quorumPercent)
                && Objects.equals(electorate, other.electorate)
                && Objects.equals(gridIds, other.gridIds)
                && Objects.equals(secret, other.secret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(motion, decisionKind, rule, meetingForm, quorumPercent, electorate, gridIds, secret);
    }

    /** Builder of {@link VoteParams}. */
    public static final class Builder {
        private String motion;
        private DecisionKind decisionKind;
        private VoteRule rule;
        private ResidentsMeetingForm meetingForm;
        private Integer quorumPercent;
        private Electorate electorate;
        private List<String> gridIds;
        private Boolean secret;

        private Builder() {
        }

        /** Required for a draft. */
        public Builder motion(String motion) {
            this.motion = motion;
            return this;
        }

        public Builder decisionKind(DecisionKind decisionKind) {
            this.decisionKind = decisionKind;
            return this;
        }

        /** Required for a draft. */
        public Builder rule(VoteRule rule) {
            this.rule = rule;
            return this;
        }

        /** Under RESIDENTS_MEETING. */
        public Builder meetingForm(ResidentsMeetingForm meetingForm) {
            this.meetingForm = meetingForm;
            return this;
        }

        /** Under SIMPLE_MAJORITY or UNANIMOUS. */
        public Builder quorumPercent(Integer quorumPercent) {
            this.quorumPercent = quorumPercent;
            return this;
        }

        public Builder electorate(Electorate electorate) {
            this.electorate = electorate;
            return this;
        }

        /** The electorate's nodes. */
        public Builder gridIds(List<String> gridIds) {
            this.gridIds = gridIds;
            return this;
        }

        public Builder secret(Boolean secret) {
            this.secret = secret;
            return this;
        }

        public VoteParams build() {
            return new VoteParams(this);
        }
    }
}
