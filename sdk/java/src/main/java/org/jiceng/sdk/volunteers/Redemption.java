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
 * A volunteer's redemption of one item of a reward, booked as one ledger transaction.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Redemption {
    @JsonProperty("id")
    private String id;
    @JsonProperty("volunteerId")
    private String volunteerId;
    @JsonProperty("rewardId")
    private String rewardId;
    @JsonProperty("price")
    private int price;
    @JsonProperty("transactionId")
    private String transactionId;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Redemption() {
    }

    public String id() {
        return id;
    }

    public String volunteerId() {
        return volunteerId;
    }

    public String rewardId() {
        return rewardId;
    }

    public int price() {
        return price;
    }

    public String transactionId() {
        return transactionId;
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
        return new Builder(new Redemption());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Redemption copy(Redemption from) {
        Redemption c = new Redemption();
        c.id = from.id;
        c.volunteerId = from.volunteerId;
        c.rewardId = from.rewardId;
        c.price = from.price;
        c.transactionId = from.transactionId;
        c.createdAt = from.createdAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Redemption)) {
            return false;
        }
        Redemption other = (Redemption) o;
        return Objects.equals(id, other.id)
                && Objects.equals(volunteerId, other.volunteerId)
                && Objects.equals(rewardId, other.rewardId)
                && price == other.price
                && Objects.equals(transactionId, other.transactionId)
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, volunteerId, rewardId);
    }

    @Override
    public String toString() {
        return "Redemption{" + "id=" + id + ", " + "volunteerId=" + volunteerId + ", " + "rewardId=" + rewardId + ", " + "price=" + price + "}";
    }

    /** Builds a {@link Redemption}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Redemption building;

        private Builder(Redemption building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder volunteerId(String volunteerId) {
            building.volunteerId = volunteerId;
            return this;
        }

        public Builder rewardId(String rewardId) {
            building.rewardId = rewardId;
            return this;
        }

        public Builder price(int price) {
            building.price = price;
            return this;
        }

        public Builder transactionId(String transactionId) {
            building.transactionId = transactionId;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public Redemption build() {
            return copy(building);
        }
    }
}
