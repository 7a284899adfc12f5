package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The caller as the platform sees it: tenant, subject, roles, permissions and assignments. Immutable. */
public final class Me {
    @JsonProperty("tenant") private String tenant;
    @JsonProperty("subject") private String subject;
    @JsonProperty("clientId") private String clientId;
    @JsonProperty("roles") private List<String> roles = List.of();
    @JsonProperty("permissions") private List<String> permissions = List.of();
    @JsonProperty("assignments") private List<Assignment> assignments = List.of();

    private Me() {
    }

    public String tenant() { return tenant; }
    public String subject() { return subject; }
    public String clientId() { return clientId; }
    public List<String> roles() { return roles; }
    /** e.g. {@code cases:read}, {@code grids:write}. */
    public List<String> permissions() { return permissions; }
    public List<Assignment> assignments() { return assignments; }
}
