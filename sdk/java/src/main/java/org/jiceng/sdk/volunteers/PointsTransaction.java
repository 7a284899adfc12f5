package org.jiceng.sdk.volunteers;

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
 * 积分交易: one double-entry transaction of the points ledger. Never edited; a reversal is a new transaction.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PointsTransaction {
    @JsonProperty("id")
    private String id;
    @JsonProperty("kind")
    private String kind;
    @JsonProperty("amount")
    private long amount;
    @JsonProperty("fromAccount")
    private String fromAccount;
    @JsonProperty("toAccount")
    private String toAccount;
    @JsonProperty("reason")
    private String reason;
    @JsonProperty("refType")
    private String refType;
    @JsonProperty("refId")
    private String refId;
    @JsonProperty("reversesId")
    private String reversesId;
    @JsonProperty("actor")
    private String actor;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PointsTransaction() {
    }

    public String id() {
        return id;
    }

    /** What booked it, e.g. {@code ACTIVITY_CREDIT}, {@code WISH_CREDIT}, {@code REDEMPTION}, {@code REVERSAL}, {@code EXPIRY}. */
    public String kind() {
        return kind;
    }

    public long amount() {
        return amount;
    }

    public String fromAccount() {
        return fromAccount;
    }

    public String toAccount() {
        return toAccount;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** The kind of record that caused it, e.g. {@code activity-signup}. */
    public Optional<String> refType() {
        return Optional.ofNullable(refType);
    }

    public Optional<String> refId() {
        return Optional.ofNullable(refId);
    }

    /** The transaction this one reverses, if it is a reversal. */
    public Optional<String> reversesId() {
        return Optional.ofNullable(reversesId);
    }

    public String actor() {
        return actor;
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
        return new Builder(new PointsTransaction());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PointsTransaction copy(PointsTransaction from) {
        PointsTransaction c = new PointsTransaction();
        c.id = from.id;
        c.kind = from.kind;
        c.amount = from.amount;
        c.fromAccount = from.fromAccount;
        c.toAccount = from.toAccount;
        c.reason = from.reason;
        c.refType = from.refType;
        c.refId = from.refId;
        c.reversesId = from.reversesId;
        c.actor = from.actor;
        c.createdAt = from.createdAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PointsTransaction)) {
            return false;
        }
        PointsTransaction other = (PointsTransaction) o;
        return Objects.equals(id, other.id)
                && Objects.equals(kind, other.kind)
                && amount == other.amount
                && Objects.equals(fromAccount, other.fromAccount)
                && Objects.equals(toAccount, other.toAccount)
                && Objects.equals(reason, other.reason)
                && Objects.equals(refType, other.refType)
                && Objects.equals(refId, other.refId)
                && Objects.equals(reversesId, other.reversesId)
                && Objects.equals(actor, other.actor)
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, amount);
    }

    @Override
    public String toString() {
        return "PointsTransaction{" + "id=" + id + ", " + "kind=" + kind + ", " + "amount=" + amount + ", " + "fromAccount=" + fromAccount + "}";
    }

    /** Builds a {@link PointsTransaction}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PointsTransaction building;

        private Builder(PointsTransaction building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder kind(String kind) {
            building.kind = kind;
            return this;
        }

        public Builder amount(long amount) {
            building.amount = amount;
            return this;
        }

        public Builder fromAccount(String fromAccount) {
            building.fromAccount = fromAccount;
            return this;
        }

        public Builder toAccount(String toAccount) {
            building.toAccount = toAccount;
            return this;
        }

        public Builder reason(String reason) {
            building.reason = reason;
            return this;
        }

        public Builder refType(String refType) {
            building.refType = refType;
            return this;
        }

        public Builder refId(String refId) {
            building.refId = refId;
            return this;
        }

        public Builder reversesId(String reversesId) {
            building.reversesId = reversesId;
            return this;
        }

        public Builder actor(String actor) {
            building.actor = actor;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public PointsTransaction build() {
            return copy(building);
        }
    }
}
