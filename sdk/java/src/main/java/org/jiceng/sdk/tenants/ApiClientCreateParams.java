package org.jiceng.sdk.tenants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Parameters of {@link TenantClientService#create}: a machine client and the realm roles of its service account. */
public final class ApiClientCreateParams {
    private final Map<String, Object> body;

    private ApiClientCreateParams(Builder b) {
        if (b.roles.isEmpty()) {
            throw new IllegalStateException("roles: at least one, e.g. vendor-app");
        }
        body = new LinkedHashMap<>();
        body.put("clientId", Objects.requireNonNull(b.clientId, "clientId"));
        body.put("roles", List.copyOf(b.roles));
    }

    public static Builder builder() {
        return new Builder();
    }

    Map<String, Object> toBody() {
        return body;
    }

    /** Builder of {@link ApiClientCreateParams}; the client id and at least one role are required. */
    public static final class Builder {
        private String clientId;
        private final List<String> roles = new ArrayList<>();

        private Builder() {
        }

        /** 3–63 lower-case letters, digits or dashes, e.g. {@code sip-grid-app}. */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /** Adds a realm role, e.g. {@code vendor-app}. */
        public Builder addRole(String role) {
            roles.add(Objects.requireNonNull(role, "role"));
            return this;
        }

        public Builder roles(List<String> roles) {
            this.roles.clear();
            this.roles.addAll(roles);
            return this;
        }

        public ApiClientCreateParams build() {
            return new ApiClientCreateParams(this);
        }
    }
}
