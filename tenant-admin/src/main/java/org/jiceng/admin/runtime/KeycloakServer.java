package org.jiceng.admin.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak in dev mode, from Maven Central's {@code keycloak-quarkus-dist} zip. Runs on the newest JDK
 * installed under {@code /usr/lib/jvm} that is 21 or later when there is one (Keycloak's recommendation), else
 * on the current JDK.
 */
public final class KeycloakServer implements AutoCloseable {
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param distZip    the keycloak-quarkus-dist zip
     * @param workDir    where to unpack it (reused if already there)
     * @param persistent keep realms in {@code workDir} across restarts ({@code dev-file}) or in memory
     */
    public static KeycloakServer start(Path distZip, Path workDir, int port, boolean persistent)
            throws IOException {
        Path home = unpacked(distZip, workDir);
        Path log = workDir.resolve("keycloak.log");
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1", "--http-management-port=" + Processes.freePort(),
                "--db=" + (persistent ? "dev-file" : "dev-mem"), "--log-level=WARN,org.keycloak.quarkus:INFO"));
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER, "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD));
        newerJdk().ifPresent(jdk -> env.put("JAVA_HOME", jdk.toString()));
        Process p = Processes.start(cmd, home, log, env);
        KeycloakServer server = new KeycloakServer(p, port);
        try {
            Processes.awaitHttpOk(server.url() + "/realms/master", p, Duration.ofSeconds(180), log);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static Path unpacked(Path distZip, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        try (var dirs = Files.list(workDir)) {
            var existing = dirs.filter(d -> Files.isExecutable(d.resolve("bin/kc.sh"))).findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Archives.unzip(distZip, workDir);
        try (var dirs = Files.list(workDir)) {
            return dirs.filter(d -> Files.isExecutable(d.resolve("bin/kc.sh"))).findFirst()
                    .orElseThrow(() -> new IOException("no bin/kc.sh in " + distZip));
        }
    }

    private static java.util.Optional<Path> newerJdk() {
        Path jvms = Path.of("/usr/lib/jvm");
        if (Runtime.version().feature() >= 21 || !Files.isDirectory(jvms)) {
            return java.util.Optional.empty();
        }
        try (var dirs = Files.list(jvms)) {
            return dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")))
                    .filter(d -> d.getFileName().toString().matches(".*-(2[1-9]|[3-9][0-9])(\\D.*|$)"))
                    .max(java.util.Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Issuer URL of a realm, exactly as Keycloak writes it into tokens. */
    public String issuer(String realm) {
        return url() + "/realms/" + realm;
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(15));
    }
}
