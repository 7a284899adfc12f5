package org.jiceng.admin.runtime;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Starting the local runtimes: free ports, logged child processes, waiting for readiness. */
public final class Processes {
    // HTTP/1.1 only: a half-started server can leave the h2c upgrade hanging past the request timeout
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private Processes() {
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Starts a command with its output appended to {@code log}. */
    public static Process start(List<String> command, Path workDir, Path log, java.util.Map<String, String> env)
            throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Runs a command to completion; fails with its output if it exits non-zero. */
    public static String run(List<String> command, Path workDir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "):\n" + out);
        }
        return out;
    }

    /** Polls until the URL answers 200, the process dies, or the timeout passes. */
    public static void awaitHttpOk(String url, Process process, Duration timeout, Path log) throws IOException {
        awaitHttpStatus(url, 200, process, timeout, log);
    }

    /** Polls {@code url} until it answers {@code status}, the process dies, or the time is up. */
    public static void awaitHttpStatus(String url, int status, Process process, Duration timeout, Path log)
            throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new IOException("process exited with " + process.exitValue() + " before " + url
                        + " was ready; see " + log);
            }
            try {
                // a hard cap on each probe as well, whatever state the connection is left in
                HttpResponse<Void> r = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding())
                        .get(5, java.util.concurrent.TimeUnit.SECONDS);
                if (r.statusCode() == status) {
                    return;
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            sleep(250);
        }
        throw new IOException(url + " not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops a process and its children: SIGTERM, then SIGKILL after the grace period. */
    public static void stop(Process process, Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
