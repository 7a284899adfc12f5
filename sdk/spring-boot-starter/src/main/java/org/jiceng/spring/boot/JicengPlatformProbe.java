package org.jiceng.spring.boot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks the platform whether it is ready to serve ({@code GET /health/ready}, which needs no token): what the
 * Actuator health indicators report, on either Spring Boot line.
 */
public class JicengPlatformProbe {
    /** What the platform answered, or why it did not. */
    public record Result(URI url, boolean up, int status, Duration latency, String error) {
        /** The details a health indicator shows: the URL asked, the latency, the status or the error. */
        public java.util.Map<String, Object> details() {
            java.util.Map<String, Object> d = new java.util.LinkedHashMap<>();
            d.put("url", url.toString());
            d.put("latencyMs", latency.toMillis());
            if (status != 0) {
                d.put("status", status);
            }
            if (error != null) {
                d.put("error", error);
            }
            return d;
        }
    }

    private final URI readiness;
    private final Duration timeout;
    private final HttpClient http;

    /** @param readiness the platform's {@code /health/ready} */
    public JicengPlatformProbe(URI readiness, Duration timeout) {
        this.readiness = readiness;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public URI readiness() {
        return readiness;
    }

    public Result probe() {
        long started = System.nanoTime();
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(readiness).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return new Result(readiness, r.statusCode() == 200, r.statusCode(), Duration.ofNanos(System.nanoTime() - started),
                    null);
        } catch (java.io.IOException e) {
            return new Result(readiness, false, 0, Duration.ofNanos(System.nanoTime() - started),
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(readiness, false, 0, Duration.ofNanos(System.nanoTime() - started), "interrupted");
        }
    }
}
