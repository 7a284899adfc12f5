package org.jiceng.admin.runtime;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates what the platform expects of its database, as a superuser would in production: an owner role (Flyway
 * migrates as it), an application role that owns nothing and cannot bypass row-level security, and the database.
 */
public final class DatabaseBootstrap {
    private static final Pattern IDENTIFIER = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    /** The roles and database a platform instance is configured with. */
    public record Database(String host, int port, String name, String ownerUser, String ownerPassword,
                           String appUser, String appPassword) {
        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + name;
        }

        /** JVM options for Payara Micro. */
        public java.util.List<String> systemProperties() {
            return java.util.List.of("-Djiceng.db.host=" + host, "-Djiceng.db.port=" + port,
                    "-Djiceng.db.name=" + name, "-Djiceng.db.owner-user=" + ownerUser,
                    "-Djiceng.db.owner-password=" + ownerPassword, "-Djiceng.db.app-user=" + appUser,
                    "-Djiceng.db.app-password=" + appPassword);
        }
    }

    private DatabaseBootstrap() {
    }

    /**
     * Ensures both roles (with these passwords) and the database exist; {@code superUrl} points at any database of
     * the server, as a superuser.
     */
    public static Database ensure(String superUrl, String superUser, String superPassword, Database wanted)
            throws SQLException {
        for (String id : new String[]{wanted.name(), wanted.ownerUser(), wanted.appUser()}) {
            if (!IDENTIFIER.matcher(id).matches()) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + id);
            }
        }
        try (Connection c = DriverManager.getConnection(superUrl, superUser, superPassword);
             Statement s = c.createStatement()) {
            ensureRole(s, wanted.ownerUser(), wanted.ownerPassword());
            ensureRole(s, wanted.appUser(), wanted.appPassword());
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + wanted.name() + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + wanted.name() + " owner " + wanted.ownerUser()
                            + " encoding 'UTF8' template template0");
                }
            }
        }
        return wanted;
    }

    private static void ensureRole(Statement s, String role, String password) throws SQLException {
        String literal = "'" + password.replace("'", "''") + "'";
        try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
            if (!rs.next()) {
                s.execute("create role " + role + " login password " + literal);
            }
        }
        s.execute("alter role " + role + " with login nosuperuser nobypassrls nocreatedb nocreaterole password "
                + literal);
    }

    /** Drops a database (tests clean up after themselves). */
    public static void drop(String superUrl, String superUser, String superPassword, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(superUrl, superUser, superPassword);
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
    }
}
