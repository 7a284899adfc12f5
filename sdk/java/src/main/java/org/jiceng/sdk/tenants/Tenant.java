package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A registered tenant (a city or district) as platform admins see it.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Tenant {
    @JsonProperty("code")
    private String code;
    @JsonProperty("name")
    private String name;
    @JsonProperty("kind")
    private TenantKind kind;
    @JsonProperty("divisionCode")
    private String divisionCode;
    @JsonProperty("issuer")
    private String issuer;
    @JsonProperty("status")
    private TenantStatus status;
    @JsonProperty("settings")
    private TenantSettings settings;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;
    @JsonProperty("updatedAt")
    private OffsetDateTime updatedAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Tenant() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public TenantKind kind() {
        return kind;
    }

    /** The 6-digit administrative division code of its root. */
    public String divisionCode() {
        return divisionCode;
    }

    /** The {@code iss} of the tenant's realm; its tokens are the only way in. */
    public String issuer() {
        return issuer;
    }

    public TenantStatus status() {
        return status;
    }

    public TenantSettings settings() {
        return settings;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** Whether its tokens are accepted (not suspended). */
    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
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
        return new Builder(new Tenant());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Tenant copy(Tenant from) {
        Tenant c = new Tenant();
        c.code = from.code;
        c.name = from.name;
        c.kind = from.kind;
        c.divisionCode = from.divisionCode;
        c.issuer = from.issuer;
        c.status = from.status;
        c.settings = from.settings;
        c.version = from.version;
        c.createdAt = from.createdAt;
        c.updatedAt = from.updatedAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Tenant)) {
            return false;
        }
        Tenant other = (Tenant) o;
        return Objects.equals(code, other.code)
                && Objects.equals(name, other.name)
                && Objects.equals(kind, other.kind)
                && Objects.equals(divisionCode, other.divisionCode)
                && Objects.equals(issuer, other.issuer)
                && Objects.equals(status, other.status)
                && Objects.equals(settings, other.settings)
                && version == other.version
                && Objects.equals(createdAt, other.createdAt)
                && Objects.equals(updatedAt, other.updatedAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, kind);
    }

    @Override
    public String toString() {
        return "Tenant{" + "code=" + code + ", " + "name=" + name + ", " + "kind=" + kind + ", " + "divisionCode=" + divisionCode + "}";
    }

    /** Builds a {@link Tenant}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Tenant building;

        private Builder(Tenant building) {
            this.building = building;
        }

        public Builder code(String code) {
            building.code = code;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder kind(TenantKind kind) {
            building.kind = kind;
            return this;
        }

        public Builder divisionCode(String divisionCode) {
            building.divisionCode = divisionCode;
            return this;
        }

        public Builder issuer(String issuer) {
            building.issuer = issuer;
            return this;
        }

        public Builder status(TenantStatus status) {
            building.status = status;
            return this;
        }

        public Builder settings(TenantSettings settings) {
            building.settings = settings;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public Builder updatedAt(OffsetDateTime updatedAt) {
            building.updatedAt = updatedAt;
            return this;
        }

        public Tenant build() {
            return copy(building);
        }
    }
}
