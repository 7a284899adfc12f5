package org.jiceng.platform.it;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** Programs the integration tests run as processes of their own: npm, and the examples' own JVMs. */
final class Commands {
    private Commands() {
    }

    /** The finished process: exit code and everything it printed. */
    record Result(int exitCode, String output) {
    }

    /** The repository's root (the tests run in {@code platform-api}). */
    static Path repositoryRoot() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /**
     * The program on the PATH, or: under {@code CI=true} a failure, elsewhere a skipped test with the reason
     * printed, so that a machine with only a JDK still runs everything else.
     */
    static Path require(String program, String whatNeedsIt) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (!dir.isBlank() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String reason = program + " is not installed: " + whatNeedsIt + " skipped";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason + " (CI=true requires it)");
        }
        System.out.println("[SKIPPED] " + reason);
        Assumptions.abort(reason);
        return null;
    }

    static Result run(Path workDir, Map<String, String> env, Duration timeout, List<String> command)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("jiceng-command", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail(String.join(" ", command) + " ran longer than " + timeout + ":\n" + tail(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Result(p.exitValue(), output);
    }

    /** Runs and requires exit code 0, failing with the command's output otherwise. */
    static String succeed(Path workDir, Map<String, String> env, Duration timeout, String... command)
            throws IOException, InterruptedException {
        Result r = run(workDir, env, timeout, List.of(command));
        if (r.exitCode() != 0) {
            fail(String.join(" ", command) + " exited with " + r.exitCode() + ":\n" + r.output());
        }
        return r.output();
    }

    private static String tail(Path log) throws IOException {
        String all = Files.readString(log, StandardCharsets.UTF_8);
        return all.length() > 8000 ? all.substring(all.length() - 8000) : all;
    }
}
