package org.jiceng.admin.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The platform WAR on Payara Micro, deployed at the root context. */
public final class PayaraServer implements AutoCloseable {
    private final Process process;
    private final int port;

    private PayaraServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static PayaraServer start(Path microJar, Path war, int port, List<String> systemProperties, Path workDir)
            throws IOException {
        Path log = workDir.resolve("payara.log");
        // Payara Micro redeploys whatever its root folder still holds from the last run before it deploys --deploy:
        // a stale copy of the platform would answer first. Each start gets a clean root folder.
        Path root = workDir.resolve("payara");
        if (Files.isDirectory(root)) {
            try (java.util.stream.Stream<Path> tree = Files.walk(root)) {
                for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m"));
        cmd.addAll(systemProperties);
        cmd.addAll(List.of("-jar", microJar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--rootdir", root.toString(),
                "--postbootcommandfile", postBootCommands(workDir).toString()));
        Process p = Processes.start(cmd, workDir, log, Map.of());
        PayaraServer server = new PayaraServer(p, port);
        try {
            Processes.awaitHttpOk(server.url() + "/health/ready", p, Duration.ofSeconds(180), log);
            // health can answer while the application is still being loaded: wait for the API itself to refuse an
            // anonymous call, which only the deployed application's authentication does
            Processes.awaitHttpStatus(server.url() + "/api/v1/grids", 401, p, Duration.ofSeconds(60), log);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * The runtime's own configuration, applied after it boots: its default H2 data source, which the platform never
     * uses, is removed, so that it does not appear among the connection pools in {@code /metrics}. Written to
     * {@code dir}; the returned file is passed as {@code --postbootcommandfile}.
     */
    public static Path postBootCommands(Path dir) throws IOException {
        Path file = dir.resolve("post-boot.asadmin");
        Files.writeString(file, "delete-jdbc-resource jdbc/__default\ndelete-jdbc-connection-pool H2Pool\n");
        return file;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(20));
    }
}
