package org.jiceng.sdk.party;

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
 * A joint meeting of an alliance with its decisions.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class AllianceMeeting {
    @JsonProperty("id")
    private String id;
    @JsonProperty("allianceId")
    private String allianceId;
    @JsonProperty("heldOn")
    private LocalDate heldOn;
    @JsonProperty("topic")
    private String topic;
    @JsonProperty("summary")
    private String summary;
    @JsonProperty("decisions")
    private List<AllianceDecision> decisions;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private AllianceMeeting() {
    }

    public String id() {
        return id;
    }

    public String allianceId() {
        return allianceId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String topic() {
        return topic;
    }

    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    public List<AllianceDecision> decisions() {
        return decisions;
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
        return new Builder(new AllianceMeeting());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static AllianceMeeting copy(AllianceMeeting from) {
        AllianceMeeting c = new AllianceMeeting();
        c.id = from.id;
        c.allianceId = from.allianceId;
        c.heldOn = from.heldOn;
        c.topic = from.topic;
        c.summary = from.summary;
        c.decisions = from.decisions;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AllianceMeeting)) {
            return false;
        }
        AllianceMeeting other = (AllianceMeeting) o;
        return Objects.equals(id, other.id)
                && Objects.equals(allianceId, other.allianceId)
                && Objects.equals(heldOn, other.heldOn)
                && Objects.equals(topic, other.topic)
                && Objects.equals(summary, other.summary)
                && Objects.equals(decisions, other.decisions)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, allianceId, heldOn);
    }

    @Override
    public String toString() {
        return "AllianceMeeting{" + "id=" + id + ", " + "allianceId=" + allianceId + ", " + "heldOn=" + heldOn + ", " + "topic=" + topic + "}";
    }

    /** Builds a {@link AllianceMeeting}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final AllianceMeeting building;

        private Builder(AllianceMeeting building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder allianceId(String allianceId) {
            building.allianceId = allianceId;
            return this;
        }

        public Builder heldOn(LocalDate heldOn) {
            building.heldOn = heldOn;
            return this;
        }

        public Builder topic(String topic) {
            building.topic = topic;
            return this;
        }

        public Builder summary(String summary) {
            building.summary = summary;
            return this;
        }

        public Builder decisions(List<AllianceDecision> decisions) {
            building.decisions = decisions == null ? null : List.copyOf(decisions);
            return this;
        }

        public AllianceMeeting build() {
            return copy(building);
        }
    }
}
