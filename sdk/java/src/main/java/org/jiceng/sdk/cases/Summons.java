package org.jiceng.sdk.cases;

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
 * A department summoned by a whistle on a case, with its own deadline and acknowledgement.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Summons {
    @JsonProperty("id")
    private String id;
    @JsonProperty("caseId")
    private String caseId;
    @JsonProperty("departmentId")
    private String departmentId;
    @JsonProperty("summonedAt")
    private OffsetDateTime summonedAt;
    @JsonProperty("dueAt")
    private OffsetDateTime dueAt;
    @JsonProperty("acknowledgedAt")
    private OffsetDateTime acknowledgedAt;
    @JsonProperty("acknowledgedBy")
    private String acknowledgedBy;
    @JsonProperty("note")
    private String note;
    @JsonProperty("onTime")
    private boolean onTime;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Summons() {
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public String departmentId() {
        return departmentId;
    }

    public OffsetDateTime summonedAt() {
        return summonedAt;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public Optional<OffsetDateTime> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }

    public Optional<String> acknowledgedBy() {
        return Optional.ofNullable(acknowledgedBy);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public boolean onTime() {
        return onTime;
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
        return new Builder(new Summons());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Summons copy(Summons from) {
        Summons c = new Summons();
        c.id = from.id;
        c.caseId = from.caseId;
        c.departmentId = from.departmentId;
        c.summonedAt = from.summonedAt;
        c.dueAt = from.dueAt;
        c.acknowledgedAt = from.acknowledgedAt;
        c.acknowledgedBy = from.acknowledgedBy;
        c.note = from.note;
        c.onTime = from.onTime;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Summons)) {
            return false;
        }
        Summons other = (Summons) o;
        return Objects.equals(id, other.id)
                && Objects.equals(caseId, other.caseId)
                && Objects.equals(departmentId, other.departmentId)
                && Objects.equals(summonedAt, other.summonedAt)
                && Objects.equals(dueAt, other.dueAt)
                && Objects.equals(acknowledgedAt, other.acknowledgedAt)
                && Objects.equals(acknowledgedBy, other.acknowledgedBy)
                && Objects.equals(note, other.note)
                && onTime == other.onTime
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, caseId, departmentId);
    }

    @Override
    public String toString() {
        return "Summons{" + "id=" + id + ", " + "caseId=" + caseId + ", " + "departmentId=" + departmentId + ", " + "summonedAt=" + summonedAt + "}";
    }

    /** Builds a {@link Summons}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Summons building;

        private Builder(Summons building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder caseId(String caseId) {
            building.caseId = caseId;
            return this;
        }

        public Builder departmentId(String departmentId) {
            building.departmentId = departmentId;
            return this;
        }

        public Builder summonedAt(OffsetDateTime summonedAt) {
            building.summonedAt = summonedAt;
            return this;
        }

        public Builder dueAt(OffsetDateTime dueAt) {
            building.dueAt = dueAt;
            return this;
        }

        public Builder acknowledgedAt(OffsetDateTime acknowledgedAt) {
            building.acknowledgedAt = acknowledgedAt;
            return this;
        }

        public Builder acknowledgedBy(String acknowledgedBy) {
            building.acknowledgedBy = acknowledgedBy;
            return this;
        }

        public Builder note(String note) {
            building.note = note;
            return this;
        }

        public Builder onTime(boolean onTime) {
            building.onTime = onTime;
            return this;
        }

        public Summons build() {
            return copy(building);
        }
    }
}
