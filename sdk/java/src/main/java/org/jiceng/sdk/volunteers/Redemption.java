package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;

/** Points spent on one reward. Immutable. */
public final class Redemption {
    @JsonProperty("id") private String id;
    @JsonProperty("volunteerId") private String volunteerId;
    @JsonProperty("rewardId") private String rewardId;
    @JsonProperty("price") private int price;
    @JsonProperty("transactionId") private String transactionId;
    @JsonProperty("createdAt") private OffsetDateTime createdAt;

    private Redemption() {
    }

    public String id() { return id; }
    public String volunteerId() { return volunteerId; }
    public String rewardId() { return rewardId; }
    public int price() { return price; }
    public String transactionId() { return transactionId; }
    public OffsetDateTime createdAt() { return createdAt; }
}
