package org.jiceng.platform.tenancy.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.tenancy.domain.Tenant;
import org.jiceng.platform.tenancy.domain.TenantRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the global {@code tenant} table with plain JDBC (it is not tenant data, so neither wall applies) and caches
 * each answer, found or not, for {@link PlatformConfig#tenantCacheTtl()}: a suspension or a new tenant is seen by
 * every instance within that time, without any cross-instance messaging, and at once by the instance that made it.
 */
@ApplicationScoped
public class JdbcTenantRegistry implements TenantRegistry {
    private static final int MAX_ENTRIES = 10_000;

    @Resource(lookup = "java:app/jdbc/jiceng")
    DataSource dataSource;
    @Inject
    PlatformConfig config;
    @Inject
    Clock clock;

    private record Entry<T>(T value, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry<Optional<Tenant>>> byIssuer = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Entry<Optional<Tenant>>> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Entry<Boolean>> origins = new ConcurrentHashMap<>();

    @Override
    public Optional<Tenant> byIssuer(String issuer) {
        return cached(byIssuer, issuer, () -> load("where issuer = ?", issuer));
    }

    @Override
    public Optional<Tenant> byId(String id) {
        return cached(byId, id, () -> load("where id = ?", id));
    }

    @Override
    public boolean anyAllowsOrigin(String origin) {
        return cached(origins, origin, () -> exists(origin));
    }

    @Override
    public void evict(Tenant tenant) {
        byId.remove(tenant.id());
        byIssuer.remove(tenant.issuer());
        origins.clear();
    }

    private <T> T cached(ConcurrentHashMap<String, Entry<T>> cache, String key, java.util.function.Supplier<T> loader) {
        Instant now = clock.instant();
        Entry<T> entry = cache.get(key);
        if (entry == null || now.isAfter(entry.expires())) {
            entry = new Entry<>(loader.get(), now.plus(config.tenantCacheTtl()));
            if (cache.size() > MAX_ENTRIES) {
                cache.clear(); // bounded: unknown issuers and origins must not grow memory without limit
            }
            cache.put(key, entry);
        }
        return entry.value();
    }

    private Optional<Tenant> load(String where, String value) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(TenantRows.SELECT + where)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(TenantRows.map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tenant registry unavailable", e);
        }
    }

    private boolean exists(String origin) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select 1 from tenant where status = 'ACTIVE' and ? = any (allowed_origins) limit 1")) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tenant registry unavailable", e);
        }
    }
}
