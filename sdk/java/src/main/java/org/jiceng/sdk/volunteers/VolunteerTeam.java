package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/** A volunteer team: a service area in a grid, a leader, its members. Immutable. */
public final class VolunteerTeam {
    @JsonProperty("id") private String id;
    @JsonProperty("name") private String name;
    @JsonProperty("serviceArea") private String serviceArea;
    @JsonProperty("gridId") private String gridId;
    @JsonProperty("leaderId") private String leaderId;
    @JsonProperty("memberIds") private List<String> memberIds = List.of();

    private VolunteerTeam() {
    }

    public String id() { return id; }
    public String name() { return name; }
    /** PUBLIC_SECURITY, SANITATION, ORDER, CULTURE, ELDERLY_CARE or OTHER. */
    public String serviceArea() { return serviceArea; }
    public String gridId() { return gridId; }
    public Optional<String> leaderId() { return Optional.ofNullable(leaderId); }
    public List<String> memberIds() { return memberIds; }
}
