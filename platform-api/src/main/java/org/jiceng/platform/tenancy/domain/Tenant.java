package org.jiceng.platform.tenancy.domain;

/**
 * 租户: one jurisdiction using the platform, a city or a district (county-level city), with its own identity
 * realm whose {@code issuer} is the only way a request is attributed to it.
 *
 * @param id           short code, also the {@code tenant_id} of every row it owns (e.g. {@code sip})
 * @param divisionCode 6-digit administrative division code of its root grid node
 */
public record Tenant(String id, String name, String divisionCode, TenantKind kind, String issuer,
                     TenantStatus status) {

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
