package org.jiceng.sdk.grids;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * A household at an address in a building, compound or grid; its head masked unless the caller has {@code pii:read}.
 * Immutable.
 */
public final class Household {
    @JsonProperty("id") private String id;
    @JsonProperty("gridId") private String gridId;
    @JsonProperty("address") private String address;
    @JsonProperty("headName") private String headName;
    @JsonProperty("headPhone") private String headPhone;
    @JsonProperty("masked") private boolean masked;

    private Household() {
    }

    public String id() { return id; }
    public String gridId() { return gridId; }
    public String address() { return address; }
    public Optional<String> headName() { return Optional.ofNullable(headName); }
    public Optional<String> headPhone() { return Optional.ofNullable(headPhone); }
    public boolean masked() { return masked; }
}
