package org.jiceng.sdk.tenants;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;

/** A registered tenant (a city or district) as platform admins see it. Immutable. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Tenant {
    @JsonProperty("code")
    private String code;
    @JsonProperty("name")
    private String name;
    @JsonProperty("kind")
    private String kind;
    @JsonProperty("divisionCode")
    private String divisionCode;
    @JsonProperty("issuer")
    private String issuer;
    @JsonProperty("status")
    private String status;
    @JsonProperty("settings")
    private TenantSettings settings;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;
    @JsonProperty("updatedAt")
    private OffsetDateTime updatedAt;

    private Tenant() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** {@code CITY} or {@code DISTRICT}. */
    public String kind() {
        return kind;
    }

    public String divisionCode() {
        return divisionCode;
    }

    /** The {@code iss} of the tenant's realm; its tokens are the only way in. */
    public String issuer() {
        return issuer;
    }

    /** {@code ACTIVE} or {@code SUSPENDED}. */
    public String status() {
        return status;
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
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

    @Override
    public String toString() {
        return "Tenant{code=" + code + ", name=" + name + ", kind=" + kind + ", divisionCode=" + divisionCode
                + ", status=" + status + ", version=" + version + "}";
    }
}
