package org.jiceng.platform.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Connections as the schema owner, for platform administration only (the tenant registry's writes, a tenant's
 * export and erasure). The owner is still subject to the forced row-level security, so tenant rows are reachable
 * only after {@link #bindTenant} names one tenant for the transaction. Never used on a tenant request path.
 */
@ApplicationScoped
public class OwnerDatabase {
    @Inject
    PlatformConfig config;

    /** A new connection in manual-commit mode; the caller closes it. */
    public Connection connect() throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(config.jdbcUrl());
        ds.setUser(config.ownerUser());
        ds.setPassword(config.ownerPassword());
        ds.setApplicationName("jiceng-platform-admin");
        Connection c = ds.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    /** Declares the one tenant this transaction works on, for row-level security. */
    public static void bindTenant(Connection c, String tenantCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            ps.setString(1, tenantCode);
            ps.execute();
        }
    }
}
