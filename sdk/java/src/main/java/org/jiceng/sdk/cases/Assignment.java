package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A subject's role on a grid node (and its subtree) or for a department. Immutable. */
public final class Assignment {
    @JsonProperty("id") private String id;
    @JsonProperty("subject") private String subject;
    @JsonProperty("role") private String role;
    @JsonProperty("gridId") private String gridId;
    @JsonProperty("departmentId") private String departmentId;
    @JsonProperty("createdAt") private OffsetDateTime createdAt;

    private Assignment() {
    }

    public String id() { return id; }
    /** The token subject (sub) of the person or application. */
    public String subject() { return subject; }
    public String role() { return role; }
    public Optional<String> gridId() { return Optional.ofNullable(gridId); }
    public Optional<String> departmentId() { return Optional.ofNullable(departmentId); }
    public OffsetDateTime createdAt() { return createdAt; }
}
