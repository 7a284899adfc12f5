package org.jiceng.platform.shared.observability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One line per request: time, request id, tenant, client, method, route template, status and latency. Never a
 * path with its ids, a query string, a header or a body, so no personal data. {@code jiceng.log.format=json} (the
 * default outside the dev profile) writes each as a JSON object on the process's standard output, for a log
 * pipeline; {@code text} logs a readable line through the server's log instead.
 */
@ApplicationScoped
public class RequestLog {
    private static final Logger LOG = Logger.getLogger("org.jiceng.platform.requests");
    /** The process's own standard output: the server redirects {@code System.out} into its log format. */
    private static final PrintStream STDOUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    @Inject
    @ConfigProperty(name = "jiceng.log.format")
    java.util.Optional<String> format;
    @Inject
    @ConfigProperty(name = "jiceng.profile", defaultValue = "prod")
    String profile;

    /** What is logged of one request. */
    public record Entry(String requestId, String tenant, String client, String method, String route, int status,
                        Duration latency) {
    }

    public void request(Entry e) {
        if (json()) {
            write(STDOUT, line(e, Instant.now()));
        } else {
            LOG.info(() -> e.method() + " " + e.route() + " " + e.status() + " " + e.latency().toMillis() + " ms"
                    + " request=" + e.requestId() + (e.tenant() == null ? "" : " tenant=" + e.tenant())
                    + (e.client() == null ? "" : " client=" + e.client()));
        }
    }

    boolean json() {
        return format.map(f -> f.strip().equalsIgnoreCase("json")).orElse(!"dev".equalsIgnoreCase(profile.strip()));
    }

    static String line(Entry e, Instant at) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("time", at.toString()).add("level", "INFO")
                .add("logger", "request").add("requestId", e.requestId());
        if (e.tenant() != null) {
            b.add("tenant", e.tenant());
        }
        if (e.client() != null) {
            b.add("client", e.client());
        }
        return b.add("method", e.method()).add("route", e.route()).add("status", e.status())
                .add("latencyMs", e.latency().toNanos() / 1_000_000.0).build().toString();
    }

    private static void write(PrintStream out, String line) {
        out.println(line);
    }

    /**
     * An unexpected failure behind a 500: logged with the request id its problem response showed the caller, and
     * in JSON as well when that is the format. The JSON line names the exception and where it was thrown, not its
     * message, which may quote input.
     */
    public static void failure(String requestId, Throwable t) {
        LOG.log(Level.SEVERE, t, () -> "Unexpected failure, request " + requestId);
        if (jsonMode) {
            StackTraceElement at = t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            write(STDOUT, Json.createObjectBuilder().add("time", Instant.now().toString()).add("level", "ERROR")
                    .add("logger", "failure").add("requestId", requestId == null ? "" : requestId)
                    .add("exception", t.getClass().getName()).add("rootCause", root.getClass().getName())
                    .add("at", at == null ? "" : at.toString()).build().toString());
        }
    }

    private static volatile boolean jsonMode;

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        jsonMode = json();
    }
}
