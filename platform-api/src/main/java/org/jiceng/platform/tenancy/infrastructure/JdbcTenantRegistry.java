package org.jiceng.platform.tenancy.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.tenancy.domain.Tenant;
import org.jiceng.platform.tenancy.domain.TenantKind;
import org.jiceng.platform.tenancy.domain.TenantRegistry;
import org.jiceng.platform.tenancy.domain.TenantStatus;

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
 * every instance within that time, without any cross-instance messaging.
 */
@ApplicationScoped
public class JdbcTenantRegistry implements TenantRegistry {
    private static final String COLUMNS = "select id, name, division_code, kind, issuer, status from tenant where ";

    @Resource(lookup = "java:app/jdbc/jiceng")
    DataSource dataSource;
    @Inject
    PlatformConfig config;
    @Inject
    Clock clock;

    private record Entry(Optional<Tenant> tenant, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> byIssuer = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Entry> byId = new ConcurrentHashMap<>();

    @Override
    public Optional<Tenant> byIssuer(String issuer) {
        return cached(byIssuer, issuer, "issuer = ?");
    }

    @Override
    public Optional<Tenant> byId(String id) {
        return cached(byId, id, "id = ?");
    }

    private Optional<Tenant> cached(ConcurrentHashMap<String, Entry> cache, String key, String where) {
        Instant now = clock.instant();
        Entry entry = cache.get(key);
        if (entry == null || now.isAfter(entry.expires())) {
            entry = new Entry(load(where, key), now.plus(config.tenantCacheTtl()));
            if (cache.size() > 10_000) {
                cache.clear(); // bounded: unknown issuers must not grow memory without limit
            }
            cache.put(key, entry);
        }
        return entry.tenant();
    }

    private Optional<Tenant> load(String where, String value) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(COLUMNS + where)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Tenant(rs.getString(1), rs.getString(2), rs.getString(3),
                        TenantKind.valueOf(rs.getString(4)), rs.getString(5), TenantStatus.valueOf(rs.getString(6))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tenant registry unavailable", e);
        }
    }
}
