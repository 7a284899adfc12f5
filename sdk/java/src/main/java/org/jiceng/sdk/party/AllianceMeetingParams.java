package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A joint meeting to record with its decisions. Build with {@link #builder()}; immutable. */
public final class AllianceMeetingParams {
    @JsonProperty("heldOn") private final LocalDate heldOn;
    @JsonProperty("topic") private final String topic;
    @JsonProperty("summary") private final String summary;
    @JsonProperty("decisions") private final List<AllianceDecisionParams> decisions;

    private AllianceMeetingParams(Builder b) {
        this.heldOn = Objects.requireNonNull(b.heldOn, "heldOn");
        this.topic = Objects.requireNonNull(b.topic, "topic");
        this.summary = b.summary;
        this.decisions = b.decisions;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().heldOn(heldOn).topic(topic).summary(summary).decisions(decisions);
    }

    public LocalDate heldOn() { return heldOn; }
    public String topic() { return topic; }
    public String summary() { return summary; }
    public List<AllianceDecisionParams> decisions() { return decisions; }

    /** Builder of {@link AllianceMeetingParams}; {@code heldOn}, {@code topic} are required. */
    public static final class Builder {
        private LocalDate heldOn;
        private String topic;
        private String summary;
        private List<AllianceDecisionParams> decisions;

        private Builder() {
        }

        public Builder heldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
            return this;
        }

        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder decisions(List<AllianceDecisionParams> decisions) {
            this.decisions = decisions;
            return this;
        }

        public AllianceMeetingParams build() {
            return new AllianceMeetingParams(this);
        }
    }
}
