package org.jiceng.platform.tenancy.domain;

import java.util.Optional;

/** Looks tenants up; implementations may cache, but reflect a change within seconds. */
public interface TenantRegistry {
    Optional<Tenant> byIssuer(String issuer);

    Optional<Tenant> byId(String id);
}
