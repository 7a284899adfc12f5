package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 议事会: a council at a grid node, authorised for a scope, with its seconds threshold, evaluation window and current term.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Council {
    @JsonProperty("id")
    private String id;
    @JsonProperty("gridId")
    private String gridId;
    @JsonProperty("name")
    private String name;
    @JsonProperty("mandateScope")
    private String mandateScope;
    @JsonProperty("mandateTopicId")
    private String mandateTopicId;
    @JsonProperty("secondsToAgenda")
    private int secondsToAgenda;
    @JsonProperty("evaluationWindowDays")
    private int evaluationWindowDays;
    @JsonProperty("termNo")
    private int termNo;
    @JsonProperty("termStartsOn")
    private LocalDate termStartsOn;
    @JsonProperty("termEndsOn")
    private LocalDate termEndsOn;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Council() {
    }

    public String id() {
        return id;
    }

    public String gridId() {
        return gridId;
    }

    public String name() {
        return name;
    }

    /** The scope a residents' meeting authorised. */
    public String mandateScope() {
        return mandateScope;
    }

    /** The decision (a passed topic) that authorised it. */
    public Optional<String> mandateTopicId() {
        return Optional.ofNullable(mandateTopicId);
    }

    /** Seconds a resident's proposal needs to go on the agenda. */
    public int secondsToAgenda() {
        return secondsToAgenda;
    }

    /** Days residents have to evaluate a carried-out decision. */
    public int evaluationWindowDays() {
        return evaluationWindowDays;
    }

    public int termNo() {
        return termNo;
    }

    public LocalDate termStartsOn() {
        return termStartsOn;
    }

    public LocalDate termEndsOn() {
        return termEndsOn;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
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
        return new Builder(new Council());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Council copy(Council from) {
        Council c = new Council();
        c.id = from.id;
        c.gridId = from.gridId;
        c.name = from.name;
        c.mandateScope = from.mandateScope;
        c.mandateTopicId = from.mandateTopicId;
        c.secondsToAgenda = from.secondsToAgenda;
        c.evaluationWindowDays = from.evaluationWindowDays;
        c.termNo = from.termNo;
        c.termStartsOn = from.termStartsOn;
        c.termEndsOn = from.termEndsOn;
        c.version = from.version;
        c.createdAt = from.createdAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Council)) {
            return false;
        }
        Council other = (Council) o;
        return Objects.equals(id, other.id)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(name, other.name)
                && Objects.equals(mandateScope, other.mandateScope)
                && Objects.equals(mandateTopicId, other.mandateTopicId)
                && secondsToAgenda == other.secondsToAgenda
                && evaluationWindowDays == other.evaluationWindowDays
                && termNo == other.termNo
                && Objects.equals(termStartsOn, other.termStartsOn)
                && Objects.equals(termEndsOn, other.termEndsOn)
                && version == other.version
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, gridId, name);
    }

    @Override
    public String toString() {
        return "Council{" + "id=" + id + ", " + "gridId=" + gridId + ", " + "name=" + name + "}";
    }

    /** Builds a {@link Council}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Council building;

        private Builder(Council building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder gridId(String gridId) {
            building.gridId = gridId;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder mandateScope(String mandateScope) {
            building.mandateScope = mandateScope;
            return this;
        }

        public Builder mandateTopicId(String mandateTopicId) {
            building.mandateTopicId = mandateTopicId;
            return this;
        }

        public Builder secondsToAgenda(int secondsToAgenda) {
            building.secondsToAgenda = secondsToAgenda;
            return this;
        }

        public Builder evaluationWindowDays(int evaluationWindowDays) {
            building.evaluationWindowDays = evaluationWindowDays;
            return this;
        }

        public Builder termNo(int termNo) {
            building.termNo = termNo;
            return this;
        }

        public Builder termStartsOn(LocalDate termStartsOn) {
            building.termStartsOn = termStartsOn;
            return this;
        }

        public Builder termEndsOn(LocalDate termEndsOn) {
            building.termEndsOn = termEndsOn;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public Council build() {
            return copy(building);
        }
    }
}
