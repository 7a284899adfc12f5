package org.jiceng.sdk.tenants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Parameters of {@link TenantStaffService#invite}: a person's username, e-mail and realm roles. */
public final class StaffInviteParams {
    private final Map<String, Object> body;

    private StaffInviteParams(Builder b) {
        if (b.roles.isEmpty()) {
            throw new IllegalStateException("roles: at least one, e.g. grid-worker");
        }
        body = new LinkedHashMap<>();
        body.put("username", Objects.requireNonNull(b.username, "username"));
        if (b.email != null) {
            body.put("email", b.email);
        }
        body.put("roles", List.copyOf(b.roles));
    }

    public static Builder builder() {
        return new Builder();
    }

    Map<String, Object> toBody() {
        return body;
    }

    /** Builder of {@link StaffInviteParams}; the username and at least one role are required. */
    public static final class Builder {
        private String username;
        private String email;
        private final List<String> roles = new ArrayList<>();

        private Builder() {
        }

        /** 2–64 lower-case letters, digits, '.', '_', '@' or '-'. */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** Adds a realm role, e.g. {@code grid-worker}. */
        public Builder addRole(String role) {
            roles.add(Objects.requireNonNull(role, "role"));
            return this;
        }

        public Builder roles(List<String> roles) {
            this.roles.clear();
            this.roles.addAll(roles);
            return this;
        }

        public StaffInviteParams build() {
            return new StaffInviteParams(this);
        }
    }
}
