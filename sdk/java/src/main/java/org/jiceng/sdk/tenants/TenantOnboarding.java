package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What onboarding a tenant made: the registered tenant, its realm's issuer, the machine client and the first admin. Secrets and the temporary password are present only when this call created them, and are never shown again.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class TenantOnboarding {
    @JsonProperty("tenant")
    private Tenant tenant;
    @JsonProperty("issuer")
    private String issuer;
    @JsonProperty("machineClientId")
    private String machineClientId;
    @JsonProperty("machineClientSecret")
    private String machineClientSecret;
    @JsonProperty("adminUsername")
    private String adminUsername;
    @JsonProperty("adminTemporaryPassword")
    private String adminTemporaryPassword;
    @JsonProperty("browserClientId")
    private String browserClientId;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private TenantOnboarding() {
    }

    /** The registered tenant. */
    public Tenant tenant() {
        return tenant;
    }

    /** The issuer of the tenant's realm. */
    public String issuer() {
        return issuer;
    }

    /** The machine client with the tenant-admin role, {@code <code>-admin}. */
    public String machineClientId() {
        return machineClientId;
    }

    /** Its secret; absent when the client existed already. */
    public Optional<String> machineClientSecret() {
        return Optional.ofNullable(machineClientSecret);
    }

    /** The first tenant admin. */
    public Optional<String> adminUsername() {
        return Optional.ofNullable(adminUsername);
    }

    /** The first admin's temporary password, changed at first sign-in; absent when the user existed. */
    public Optional<String> adminTemporaryPassword() {
        return Optional.ofNullable(adminTemporaryPassword);
    }

    /** The vendor's browser client, when allowed origins were given. */
    public Optional<String> browserClientId() {
        return Optional.ofNullable(browserClientId);
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
        return new Builder(new TenantOnboarding());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static TenantOnboarding copy(TenantOnboarding from) {
        TenantOnboarding c = new TenantOnboarding();
        c.tenant = from.tenant;
        c.issuer = from.issuer;
        c.machineClientId = from.machineClientId;
        c.machineClientSecret = from.machineClientSecret;
        c.adminUsername = from.adminUsername;
        c.adminTemporaryPassword = from.adminTemporaryPassword;
        c.browserClientId = from.browserClientId;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TenantOnboarding)) {
            return false;
        }
        TenantOnboarding other = (TenantOnboarding) o;
        return Objects.equals(tenant, other.tenant)
                && Objects.equals(issuer, other.issuer)
                && Objects.equals(machineClientId, other.machineClientId)
                && Objects.equals(machineClientSecret, other.machineClientSecret)
                && Objects.equals(adminUsername, other.adminUsername)
                && Objects.equals(adminTemporaryPassword, other.adminTemporaryPassword)
                && Objects.equals(browserClientId, other.browserClientId)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, issuer);
    }

    @Override
    public String toString() {
        return "TenantOnboarding{" + "tenant=" + tenant + ", " + "issuer=" + issuer + ", " + "machineClientId=" + machineClientId + "}";
    }

    /** Builds a {@link TenantOnboarding}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final TenantOnboarding building;

        private Builder(TenantOnboarding building) {
            this.building = building;
        }

        public Builder tenant(Tenant tenant) {
            building.tenant = tenant;
            return this;
        }

        public Builder issuer(String issuer) {
            building.issuer = issuer;
            return this;
        }

        public Builder machineClientId(String machineClientId) {
            building.machineClientId = machineClientId;
            return this;
        }

        public Builder machineClientSecret(String machineClientSecret) {
            building.machineClientSecret = machineClientSecret;
            return this;
        }

        public Builder adminUsername(String adminUsername) {
            building.adminUsername = adminUsername;
            return this;
        }

        public Builder adminTemporaryPassword(String adminTemporaryPassword) {
            building.adminTemporaryPassword = adminTemporaryPassword;
            return this;
        }

        public Builder browserClientId(String browserClientId) {
            building.browserClientId = browserClientId;
            return this;
        }

        public TenantOnboarding build() {
            return copy(building);
        }
    }
}
