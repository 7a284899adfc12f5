package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A client of a tenant's realm whose tokens reach the platform: a machine client (client credentials) or a browser client (authorisation code with PKCE).
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class ApiClient {
    @JsonProperty("clientId")
    private String clientId;
    @JsonProperty("kind")
    private String kind;
    @JsonProperty("enabled")
    private boolean enabled;
    @JsonProperty("roles")
    private List<String> roles;
    @JsonProperty("origins")
    private List<String> origins;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private ApiClient() {
    }

    public String clientId() {
        return clientId;
    }

    /** {@code MACHINE} or {@code BROWSER}. */
    public String kind() {
        return kind;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Realm roles of a machine client's service account. */
    public List<String> roles() {
        return roles == null ? List.of() : roles;
    }

    /** Origins a browser client may redirect to. */
    public List<String> origins() {
        return origins == null ? List.of() : origins;
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
        return new Builder(new ApiClient());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static ApiClient copy(ApiClient from) {
        ApiClient c = new ApiClient();
        c.clientId = from.clientId;
        c.kind = from.kind;
        c.enabled = from.enabled;
        c.roles = from.roles == null ? null : List.copyOf(from.roles);
        c.origins = from.origins == null ? null : List.copyOf(from.origins);
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ApiClient)) {
            return false;
        }
        ApiClient other = (ApiClient) o;
        return Objects.equals(clientId, other.clientId)
                && Objects.equals(kind, other.kind)
                && enabled == other.enabled
                && Objects.equals(roles, other.roles)
                && Objects.equals(origins, other.origins)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId);
    }

    @Override
    public String toString() {
        return "ApiClient{" + "clientId=" + clientId + ", " + "kind=" + kind + ", " + "roles=" + roles + "}";
    }

    /** Builds a {@link ApiClient}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final ApiClient building;

        private Builder(ApiClient building) {
            this.building = building;
        }

        public Builder clientId(String clientId) {
            building.clientId = clientId;
            return this;
        }

        public Builder kind(String kind) {
            building.kind = kind;
            return this;
        }

        public Builder enabled(boolean enabled) {
            building.enabled = enabled;
            return this;
        }

        public Builder roles(List<String> roles) {
            building.roles = roles;
            return this;
        }

        public Builder origins(List<String> origins) {
            building.origins = origins;
            return this;
        }

        public ApiClient build() {
            return copy(building);
        }
    }
}
