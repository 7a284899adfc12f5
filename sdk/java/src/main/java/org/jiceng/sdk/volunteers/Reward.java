package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Something points buy, at a price, while stock lasts. Immutable. */
public final class Reward {
    @JsonProperty("id") private String id;
    @JsonProperty("name") private String name;
    @JsonProperty("price") private int price;
    @JsonProperty("stock") private int stock;
    @JsonProperty("active") private boolean active;

    private Reward() {
    }

    public String id() { return id; }
    public String name() { return name; }
    public int price() { return price; }
    public int stock() { return stock; }
    public boolean active() { return active; }
}
