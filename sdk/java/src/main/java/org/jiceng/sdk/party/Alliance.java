package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** An alliance of bodies serving one grid node, such as the "5+" red alliance. Immutable. */
public final class Alliance {
    @JsonProperty("id") private String id;
    @JsonProperty("name") private String name;
    @JsonProperty("gridId") private String gridId;
    @JsonProperty("establishedOn") private LocalDate establishedOn;
    @JsonProperty("participants") private List<AllianceParticipant> participants = List.of();

    private Alliance() {
    }

    public String id() { return id; }
    public String name() { return name; }
    public String gridId() { return gridId; }
    public LocalDate establishedOn() { return establishedOn; }
    public List<AllianceParticipant> participants() { return participants; }
}
