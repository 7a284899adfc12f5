package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's account in a tenant's realm, with the platform roles it holds; the e-mail comes masked.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class StaffMember {
    @JsonProperty("id")
    private String id;
    @JsonProperty("username")
    private String username;
    @JsonProperty("email")
    private String email;
    @JsonProperty("enabled")
    private boolean enabled;
    @JsonProperty("roles")
    private List<String> roles;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;
    @JsonProperty("mustChangePassword")
    private boolean mustChangePassword;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private StaffMember() {
    }

    /** The subject of the person's tokens, which assignments name. */
    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    /** Masked, e.g. {@code z***@sipac.gov.cn}. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public boolean enabled() {
        return enabled;
    }

    public List<String> roles() {
        return roles == null ? List.of() : roles;
    }

    public Optional<OffsetDateTime> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** Whether the temporary password is still to be replaced. */
    public boolean mustChangePassword() {
        return mustChangePassword;
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
        return new Builder(new StaffMember());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static StaffMember copy(StaffMember from) {
        StaffMember c = new StaffMember();
        c.id = from.id;
        c.username = from.username;
        c.email = from.email;
        c.enabled = from.enabled;
        c.roles = from.roles == null ? null : List.copyOf(from.roles);
        c.createdAt = from.createdAt;
        c.mustChangePassword = from.mustChangePassword;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof StaffMember)) {
            return false;
        }
        StaffMember other = (StaffMember) o;
        return Objects.equals(id, other.id)
                && Objects.equals(username, other.username)
                && Objects.equals(email, other.email)
                && enabled == other.enabled
                && Objects.equals(roles, other.roles)
                && Objects.equals(createdAt, other.createdAt)
                && mustChangePassword == other.mustChangePassword
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "StaffMember{" + "id=" + id + ", " + "username=" + username + ", " + "roles=" + roles + "}";
    }

    /** Builds a {@link StaffMember}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final StaffMember building;

        private Builder(StaffMember building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder username(String username) {
            building.username = username;
            return this;
        }

        public Builder email(String email) {
            building.email = email;
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

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public Builder mustChangePassword(boolean mustChangePassword) {
            building.mustChangePassword = mustChangePassword;
            return this;
        }

        public StaffMember build() {
            return copy(building);
        }
    }
}
