package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a points expiry run did. Immutable. */
public final class ExpiryResult {
    @JsonProperty("accounts") private int accounts;
    @JsonProperty("points") private long points;

    private ExpiryResult() {
    }

    public int accounts() { return accounts; }
    public long points() { return points; }
}
