package org.jiceng.platform.shared.tenant;

import java.util.Optional;

/** Looks tenants up on the request path; implementations may cache, but reflect a change within seconds. */
public interface TenantRegistry {
    Optional<Tenant> byIssuer(String issuer);

    Optional<Tenant> byId(String id);

    /** Whether any ACTIVE tenant lets browser pages from {@code origin} call the API (CORS preflight). */
    boolean anyAllowsOrigin(String origin);

    /** Forgets what this instance cached about a tenant, so that a change takes effect here at once. */
    void evict(Tenant tenant);
}
