package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A resident's wish: POSTED, CLAIMED, FULFILLED, CONFIRMED or WITHDRAWN. Immutable. */
public final class Wish {
    @JsonProperty("id") private String id;
    @JsonProperty("title") private String title;
    @JsonProperty("description") private String description;
    @JsonProperty("gridId") private String gridId;
    @JsonProperty("residentSubject") private String residentSubject;
    @JsonProperty("points") private int points;
    @JsonProperty("status") private String status;
    @JsonProperty("volunteerId") private String volunteerId;
    @JsonProperty("confirmedAt") private OffsetDateTime confirmedAt;

    private Wish() {
    }

    public String id() { return id; }
    public String title() { return title; }
    public String description() { return description; }
    public String gridId() { return gridId; }
    public String residentSubject() { return residentSubject; }
    /** Points the volunteer earns when the resident confirms. */
    public int points() { return points; }
    public String status() { return status; }
    public Optional<String> volunteerId() { return Optional.ofNullable(volunteerId); }
    public Optional<OffsetDateTime> confirmedAt() { return Optional.ofNullable(confirmedAt); }
}
