package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * Parameters of {@link RewardService#create}.
 * Required: {@code name}, {@code price}, {@code stock}.
 */
public final class RewardCreateParams {
    @JsonProperty("name")
    private final String name;
    @JsonProperty("price")
    private final Integer price;
    @JsonProperty("stock")
    private final Integer stock;

    private RewardCreateParams(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.price = Objects.requireNonNull(b.price, "price is required");
        this.stock = Objects.requireNonNull(b.stock, "stock is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    public String name() {
        return name;
    }

    /** Points per item. */
    public Integer price() {
        return price;
    }

    public Integer stock() {
        return stock;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.price = price;
        b.stock = stock;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RewardCreateParams)) {
            return false;
        }
        RewardCreateParams other = (RewardCreateParams) o;
        return Objects.equals(name, other.name)
                && Objects.equals(price, other.price)
                && Objects.equals(stock, other.stock);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, price, stock);
    }

    /** Builder of {@link RewardCreateParams}. */
    public static final class Builder {
        private String name;
        private Integer price;
        private Integer stock;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Points per item. */
        public Builder price(Integer price) {
            this.price = price;
            return this;
        }

        public Builder stock(Integer stock) {
            this.stock = stock;
            return this;
        }

        public RewardCreateParams build() {
            return new RewardCreateParams(this);
        }
    }
}
