package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A movement of points between two accounts. Immutable. */
public final class PointsTransaction {
    @JsonProperty("id") private String id;
    @JsonProperty("kind") private String kind;
    @JsonProperty("amount") private long amount;
    @JsonProperty("fromAccount") private String fromAccount;
    @JsonProperty("toAccount") private String toAccount;
    @JsonProperty("reason") private String reason;
    @JsonProperty("reversesId") private String reversesId;
    @JsonProperty("createdAt") private OffsetDateTime createdAt;

    private PointsTransaction() {
    }

    public String id() { return id; }
    public String kind() { return kind; }
    public long amount() { return amount; }
    public String fromAccount() { return fromAccount; }
    public String toAccount() { return toAccount; }
    public String reason() { return reason; }
    public Optional<String> reversesId() { return Optional.ofNullable(reversesId); }
    public OffsetDateTime createdAt() { return createdAt; }
}
