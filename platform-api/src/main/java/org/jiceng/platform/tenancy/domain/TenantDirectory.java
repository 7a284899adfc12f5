package org.jiceng.platform.tenancy.domain;

import org.jiceng.platform.shared.tenant.Tenant;

import java.util.List;
import java.util.Optional;

/** The registry as platform administration changes it: uncached, one named tenant at a time. */
public interface TenantDirectory {
    Optional<Tenant> find(String code);

    /** Tenants ordered by code, after {@code afterCode} when given. */
    List<Tenant> page(String afterCode, int limit);

    boolean issuerTaken(String issuer);

    /** Registers the tenant and writes {@code eventType} to its outbox, in one transaction. */
    void insert(Tenant tenant, String eventType, String actor);

    /**
     * Writes the tenant and its event if its stored version is still {@code expectedVersion}; false otherwise.
     */
    boolean update(Tenant tenant, long expectedVersion, String eventType, String actor);

    /** Keeps the hash of a one-time offboarding confirmation, valid until {@code expiresAt}. */
    void storeOffboardingToken(String code, String tokenHash, java.time.OffsetDateTime expiresAt);

    /** The stored confirmation hash, if one is still valid at {@code now}. */
    Optional<String> offboardingToken(String code, java.time.OffsetDateTime now);
}
