package org.jiceng.sdk.cases;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The caller as the platform sees it: tenant, subject, roles, permissions and assignments.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Me {
    @JsonProperty("tenant")
    private String tenant;
    @JsonProperty("subject")
    private String subject;
    @JsonProperty("clientId")
    private String clientId;
    @JsonProperty("roles")
    private List<String> roles;
    @JsonProperty("permissions")
    private List<String> permissions;
    @JsonProperty("assignments")
    private List<Assignment> assignments;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Me() {
    }

    public String tenant() {
        return tenant;
    }

    public String subject() {
        return subject;
    }

    public String clientId() {
        return clientId;
    }

    public List<String> roles() {
        return roles;
    }

    public List<String> permissions() {
        return permissions;
    }

    public List<Assignment> assignments() {
        return assignments;
    }

    /** JSON fields this SDK version does not model. */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    private void putAdditionalProperty(String key, Object value) {
        additionalProperties.put(key, value);
    }

    public static Builder builder() {
        return new Builder(new Me());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Me copy(Me from) {
        Me c = new Me();
        c.tenant = from.tenant;
        c.subject = from.subject;
        c.clientId = from.clientId;
        c.roles = from.roles;
        c.permissions = from.permissions;
        c.assignments = from.assignments;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Me)) {
            return false;
        }
        Me other = (Me) o;
        return Objects.equals(tenant, other.tenant)
                && Objects.equals(subject, other.subject)
                && Objects.equals(clientId, other.clientId)
                && Objects.equals(roles, other.roles)
                && Objects.equals(permissions, other.permissions)
                && Objects.equals(assignments, other.assignments)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, subject, clientId);
    }

    @Override
    public String toString() {
        return "Me{" + "tenant=" + tenant + ", " + "subject=" + subject + ", " + "clientId=" + clientId + ", " + "roles=" + roles + "}";
    }

    /** Builds a {@link Me}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Me building;

        private Builder(Me building) {
            this.building = building;
        }

        public Builder tenant(String tenant) {
            building.tenant = tenant;
            return this;
        }

        public Builder subject(String subject) {
            building.subject = subject;
            return this;
        }

        public Builder clientId(String clientId) {
            building.clientId = clientId;
            return this;
        }

        public Builder roles(List<String> roles) {
            building.roles = roles == null ? null : List.copyOf(roles);
            return this;
        }

        public Builder permissions(List<String> permissions) {
            building.permissions = permissions == null ? null : List.copyOf(permissions);
            return this;
        }

        public Builder assignments(List<Assignment> assignments) {
            building.assignments = assignments == null ? null : List.copyOf(assignments);
            return this;
        }

        public Me build() {
            return copy(building);
        }
    }
}
