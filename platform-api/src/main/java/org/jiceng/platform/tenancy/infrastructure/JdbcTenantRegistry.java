package org.jiceng.platform.tenancy.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.shared.tenant.TenantRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The global {@code tenant} table held as one snapshot per instance, read whole with plain JDBC (it is not tenant
 * data, so neither wall applies) and read again once it is older than {@link PlatformConfig#tenantCacheTtl()}: a
 * suspension or a new tenant is seen by every instance within that time, without any cross-instance messaging, and
 * at once by the instance that made it. A token naming an unknown issuer therefore costs no query at all, and no
 * flood of unknown issuers can push a real tenant out of the cache. The registry is small (one row per city or
 * district), so reading it whole every few seconds under traffic costs less than one query per new issuer.
 */
@ApplicationScoped
public class JdbcTenantRegistry implements TenantRegistry {
    @Resource(lookup = "java:app/jdbc/jiceng")
    DataSource dataSource;
    @Inject
    PlatformConfig config;
    @Inject
    Clock clock;

    /** Every tenant by issuer and by id, the origins ACTIVE tenants allow, and when this stops being trusted. */
    private record Snapshot(Map<String, Tenant> byIssuer, Map<String, Tenant> byId, Set<String> origins,
                            Instant expires) {
    }

    private volatile Snapshot snapshot;

    @Override
    public Optional<Tenant> byIssuer(String issuer) {
        return Optional.ofNullable(current().byIssuer().get(issuer));
    }

    @Override
    public Optional<Tenant> byId(String id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    @Override
    public boolean anyAllowsOrigin(String origin) {
        return current().origins().contains(origin);
    }

    @Override
    public void evict(Tenant tenant) {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && !clock.instant().isAfter(s.expires())) {
            return s;
        }
        synchronized (this) { // one reader refreshes; the others wait for its snapshot
            s = snapshot;
            if (s == null || clock.instant().isAfter(s.expires())) {
                s = load();
                snapshot = s;
            }
            return s;
        }
    }

    private Snapshot load() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(TenantRows.SELECT);
             ResultSet rs = ps.executeQuery()) {
            Map<String, Tenant> byIssuer = new HashMap<>();
            Map<String, Tenant> byId = new HashMap<>();
            Set<String> origins = new HashSet<>();
            while (rs.next()) {
                Tenant t = TenantRows.map(rs);
                byIssuer.put(t.issuer(), t);
                byId.put(t.id(), t);
                if (t.isActive()) {
                    origins.addAll(t.settings().allowedOrigins());
                }
            }
            return new Snapshot(Map.copyOf(byIssuer), Map.copyOf(byId), Set.copyOf(origins),
                    clock.instant().plus(config.tenantCacheTtl()));
        } catch (SQLException e) {
            throw new IllegalStateException("Tenant registry unavailable", e);
        }
    }
}
