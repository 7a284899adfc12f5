package org.jiceng.bench;

import org.jiceng.sdk.JicengClient;
import org.jiceng.sdk.tenants.Tenant;
import org.jiceng.sdk.tenants.TenantUpdateParams;

/**
 * Lifts a tenant's rate limit for the length of a measurement and puts it back after, through the platform admin
 * API; without platform-cli's secret it does nothing, and the tenant's own limit throttles the run.
 */
final class RateLimitLift implements AutoCloseable {
    private final JicengClient admin;
    private final String tenant;
    private final Integer limit;

    RateLimitLift(String platformUrl, String platformIssuer, String platformSecret, String tenant) {
        this.tenant = tenant;
        this.admin = platformSecret == null || platformSecret.isBlank() ? null : JicengClient.builder()
                .baseUrl(platformUrl).clientCredentials(platformIssuer, "platform-cli", platformSecret).build();
        if (admin == null) {
            this.limit = null;
            return;
        }
        Tenant t = admin.tenants().retrieve(tenant);
        this.limit = t.settings().rateLimitPerMinute();
        admin.tenants().update(t, TenantUpdateParams.builder().rateLimitPerMinute(1_000_000).build());
        try {
            Thread.sleep(2_500); // every instance sees the new settings within two seconds
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.tenants().update(admin.tenants().retrieve(tenant),
                    TenantUpdateParams.builder().rateLimitPerMinute(limit).build());
        }
    }
}
