package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;

/** One line of a volunteer's statement: points in (positive) or out (negative). Immutable. */
public final class PointsEntry {
    @JsonProperty("id") private String id;
    @JsonProperty("transactionId") private String transactionId;
    @JsonProperty("amount") private long amount;
    @JsonProperty("createdAt") private OffsetDateTime createdAt;

    private PointsEntry() {
    }

    public String id() { return id; }
    public String transactionId() { return transactionId; }
    public long amount() { return amount; }
    public OffsetDateTime createdAt() { return createdAt; }
}
