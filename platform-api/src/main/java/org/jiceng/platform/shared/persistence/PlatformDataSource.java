package org.jiceng.platform.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool. It logs in as the application role, which owns nothing and is subject to
 * row-level security; Flyway alone uses the owner role. Values come from system properties ({@code -Djiceng.db.*}).
 * {@code stringType=unspecified} lets PostgreSQL type string parameters (uuid, jsonb) itself.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/jiceng",
        className = "org.postgresql.ds.PGSimpleDataSource",
        serverName = "${jiceng.db.host}",
        databaseName = "${jiceng.db.name}",
        user = "${jiceng.db.app-user}",
        password = "${jiceng.db.app-password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"portNumber=${jiceng.db.port}", "stringType=unspecified", "ApplicationName=jiceng-platform",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                // during an outage a request gives up after two seconds (503 with Retry-After), and the pool then
                // drops every connection of a server that went away, not just the one that failed
                "fish.payara.max-wait-time-in-millis=2000",
                "fish.payara.fail-all-connections=true"})
@ApplicationScoped
public class PlatformDataSource {
}
