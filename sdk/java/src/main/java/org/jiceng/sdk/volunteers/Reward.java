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
 * 积分兑换: a reward volunteers spend their points on. {@link #version()} moves with every restock and redemption.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Reward {
    @JsonProperty("id")
    private String id;
    @JsonProperty("name")
    private String name;
    @JsonProperty("price")
    private int price;
    @JsonProperty("stock")
    private int stock;
    @JsonProperty("active")
    private boolean active;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Reward() {
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Points per item. */
    public int price() {
        return price;
    }

    public int stock() {
        return stock;
    }

    public boolean active() {
        return active;
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
        return new Builder(new Reward());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Reward copy(Reward from) {
        Reward c = new Reward();
        c.id = from.id;
        c.name = from.name;
        c.price = from.price;
        c.stock = from.stock;
        c.active = from.active;
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
        if (!(o instanceof Reward)) {
            return false;
        }
        Reward other = (Reward) o;
        return Objects.equals(id, other.id)
                && Objects.equals(name, other.name)
                && price == other.price
                && stock == other.stock
                && active == other.active
                && version == other.version
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, price);
    }

    @Override
    public String toString() {
        return "Reward{" + "id=" + id + ", " + "name=" + name + ", " + "price=" + price + ", " + "stock=" + stock + "}";
    }

    /** Builds a {@link Reward}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Reward building;

        private Builder(Reward building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder price(int price) {
            building.price = price;
            return this;
        }

        public Builder stock(int stock) {
            building.stock = stock;
            return this;
        }

        public Builder active(boolean active) {
            building.active = active;
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

        public Reward build() {
            return copy(building);
        }
    }
}
