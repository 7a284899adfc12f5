package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a volunteer's points statement: the volunteer's side of a transaction.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PointsEntry {
    @JsonProperty("id")
    private String id;
    @JsonProperty("transactionId")
    private String transactionId;
    @JsonProperty("amount")
    private long amount;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PointsEntry() {
    }

    public String id() {
        return id;
    }

    public String transactionId() {
        return transactionId;
    }

    /** Positive for a credit, negative for a debit. */
    public long amount() {
        return amount;
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
        return new Builder(new PointsEntry());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PointsEntry copy(PointsEntry from) {
        PointsEntry c = new PointsEntry();
        c.id = from.id;
        c.transactionId = from.transactionId;
        c.amount = from.amount;
        c.createdAt = from.createdAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PointsEntry)) {
            return false;
        }
        PointsEntry other = (PointsEntry) o;
        return Objects.equals(id, other.id)
                && Objects.equals(transactionId, other.transactionId)
                && amount == other.amount
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, transactionId, amount);
    }

    @Override
    public String toString() {
        return "PointsEntry{" + "id=" + id + ", " + "transactionId=" + transactionId + ", " + "amount=" + amount + ", " + "createdAt=" + createdAt + "}";
    }

    /** Builds a {@link PointsEntry}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PointsEntry building;

        private Builder(PointsEntry building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder transactionId(String transactionId) {
            building.transactionId = transactionId;
            return this;
        }

        public Builder amount(long amount) {
            building.amount = amount;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public PointsEntry build() {
            return copy(building);
        }
    }
}
