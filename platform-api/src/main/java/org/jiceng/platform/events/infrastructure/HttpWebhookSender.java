package org.jiceng.platform.events.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.events.domain.WebhookSender;
import org.jiceng.platform.events.domain.TargetGuard;
import org.jiceng.platform.events.domain.WebhookSignature;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.domain.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * POSTs a webhook with the JDK client: the target checked by {@link TargetGuard} first, redirects never followed
 * (a 3xx is a failed attempt), a timeout on connecting and on the answer, and at most 1 KiB of the answer kept.
 */
@ApplicationScoped
public class HttpWebhookSender implements WebhookSender {
    private static final int EXCERPT_BYTES = 1024;

    @Inject
    PlatformConfig config;
    @Inject
    TargetGuard guard;

    private volatile HttpClient http;

    private HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(config.webhookTimeout()).version(HttpClient.Version.HTTP_1_1).build();
        }
        return http;
    }

    @Override
    public Result send(URI target, String messageId, List<String> secrets, byte[] body) {
        Instant start = Instant.now();
        try {
            guard.check(target);
        } catch (RuleViolation refused) {
            return new Result(Optional.empty(), 0, Optional.empty(), Optional.of("refused: " + refused.getMessage()),
                    Optional.empty());
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(config.webhookTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Jiceng-Webhooks/1")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(secrets, messageId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<InputStream> response = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream in = response.body()) {
                excerpt = new String(in.readNBytes(EXCERPT_BYTES), StandardCharsets.UTF_8);
            }
            return new Result(Optional.of(response.statusCode()), millisSince(start),
                    excerpt.isEmpty() ? Optional.empty() : Optional.of(excerpt), Optional.empty(),
                    response.headers().firstValue("Retry-After").flatMap(HttpWebhookSender::retryAfter));
        } catch (IOException e) {
            return new Result(Optional.empty(), millisSince(start), Optional.empty(),
                    Optional.of(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())),
                    Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Optional.empty(), millisSince(start), Optional.empty(), Optional.of("interrupted"),
                    Optional.empty());
        }
    }

    private static int millisSince(Instant start) {
        return (int) Math.min(Integer.MAX_VALUE, Duration.between(start, Instant.now()).toMillis());
    }

    /** Seconds only; an HTTP date is rare from webhook receivers and is treated as absent. */
    private static Optional<Duration> retryAfter(String value) {
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
