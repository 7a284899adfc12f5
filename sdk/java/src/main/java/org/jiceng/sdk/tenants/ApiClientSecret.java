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
 * A machine client with its secret, shown this once.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class ApiClientSecret {
    @JsonProperty("clientId")
    private String clientId;
    @JsonProperty("roles")
    private List<String> roles;
    @JsonProperty("secret")
    private String secret;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private ApiClientSecret() {
    }

    public String clientId() {
        return clientId;
    }

    public List<String> roles() {
        return roles == null ? List.of() : roles;
    }

    /** The client secret; a rotation makes the previous one stop working at once. */
    public String secret() {
        return secret;
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
        return new Builder(new ApiClientSecret());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static ApiClientSecret copy(ApiClientSecret from) {
        ApiClientSecret c = new ApiClientSecret();
        c.clientId = from.clientId;
        c.roles = from.roles == null ? null : List.copyOf(from.roles);
        c.secret = from.secret;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ApiClientSecret)) {
            return false;
        }
        ApiClientSecret other = (ApiClientSecret) o;
        return Objects.equals(clientId, other.clientId)
                && Objects.equals(roles, other.roles)
                && Objects.equals(secret, other.secret)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId);
    }

    @Override
    public String toString() {
        return "ApiClientSecret{" + "clientId=" + clientId + ", " + "roles=" + roles + "}";
    }

    /** Builds a {@link ApiClientSecret}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final ApiClientSecret building;

        private Builder(ApiClientSecret building) {
            this.building = building;
        }

        public Builder clientId(String clientId) {
            building.clientId = clientId;
            return this;
        }

        public Builder roles(List<String> roles) {
            building.roles = roles;
            return this;
        }

        public Builder secret(String secret) {
            building.secret = secret;
            return this;
        }

        public ApiClientSecret build() {
            return copy(building);
        }
    }
}
