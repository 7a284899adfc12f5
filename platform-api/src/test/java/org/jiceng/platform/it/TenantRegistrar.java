package org.jiceng.platform.it;

import org.jiceng.admin.runtime.DatabaseBootstrap;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes the platform's global tenant registry directly, as the database owner, for the fixed test tenants alpha and
 * beta (registered before any deployment is reachable). Everything else onboards through the admin API.
 */
public final class TenantRegistrar {
    private final DatabaseBootstrap.Database db;

    public TenantRegistrar(DatabaseBootstrap.Database db) {
        this.db = db;
    }

    /**
     * Registers or updates a tenant, written to the database behind the platforms' backs: it returns once every
     * running instance has read its registry again (the tests' {@code jiceng.tenants.cache-seconds} is one).
     */
    public void register(String code, String name, String divisionCode, String kind, String issuer)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
             PreparedStatement ps = c.prepareStatement("insert into tenant (id, name, division_code, kind, issuer, "
                     // the fixed test tenants carry load tests: their clients are not throttled
                     + "status, rate_limit_per_minute) values (?, ?, ?, ?, ?, 'ACTIVE', 100000) on conflict (id) do update set name = excluded.name, "
                     + "division_code = excluded.division_code, kind = excluded.kind, issuer = excluded.issuer, "
                     + "updated_at = now()")) {
            ps.setString(1, code);
            ps.setString(2, name);
            ps.setString(3, divisionCode);
            ps.setString(4, kind);
            ps.setString(5, issuer);
            ps.executeUpdate();
        }
        try {
            Thread.sleep(1_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** ACTIVE or SUSPENDED. */
    public void setStatus(String code, String status) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
             PreparedStatement ps = c.prepareStatement(
                     "update tenant set status = ?, updated_at = now() where id = ?")) {
            ps.setString(1, status);
            ps.setString(2, code);
            ps.executeUpdate();
        }
    }
}
