package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * An owners' committee, property company, supervisory or residents' committee or "two new" organisation serving a grid
 * node. Immutable.
 */
public final class CommunityBody {
    @JsonProperty("id") private String id;
    @JsonProperty("kind") private String kind;
    @JsonProperty("name") private String name;
    @JsonProperty("gridId") private String gridId;
    @JsonProperty("establishedOn") private LocalDate establishedOn;

    private CommunityBody() {
    }

    public String id() { return id; }
    public String kind() { return kind; }
    public String name() { return name; }
    public String gridId() { return gridId; }
    public LocalDate establishedOn() { return establishedOn; }
}
