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

    private volatile boolean done;

    @PostConstruct
    void migrate() {
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

    public boolean isDone() {
        return done;
    }
}
