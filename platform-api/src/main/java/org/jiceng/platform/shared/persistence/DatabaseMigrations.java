package org.jiceng.platform.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.config.StartupChecks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema up to date at deployment, as the owner role (the application role may not change the schema).
 * Several instances may start at once: Flyway serialises them with an advisory lock.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Inject
    PlatformConfig config;
    @Inject
    OwnerDatabase owner;

    private volatile boolean done;

    @PostConstruct
    void migrate() {
        refuseUnsafeConfiguration();
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(config.jdbcUrl(), config.ownerUser(), config.ownerPassword())
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", config.appUser()))
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied)");
        done = true;
    }

    /** Stops the deployment with every reason at once, so an operator fixes them in one go. */
    private void refuseUnsafeConfiguration() {
        boolean superuser = false;
        boolean bypassRls = false;
        try (Connection c = owner.connect(); PreparedStatement ps = c.prepareStatement(
                "select rolsuper, rolbypassrls from pg_roles where rolname = ?")) {
            ps.setString(1, config.appUser());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    superuser = rs.getBoolean(1);
                    bypassRls = rs.getBoolean(2);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + config.jdbcUrl() + " as "
                    + config.ownerUser() + ": " + e.getMessage(), e);
        }
        List<String> problems = StartupChecks.problems(new StartupChecks.Facts(config.isProduction(),
                config.allowsHttpIssuers(), config.piiMasterKey(), config.cursorSecret(), config.platformIssuer(),
                superuser, bypassRls));
        if (!problems.isEmpty()) {
            problems.forEach(p -> LOG.severe("Refusing to start: " + p));
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
        }
    }

    public boolean isDone() {
        return done;
    }
}
