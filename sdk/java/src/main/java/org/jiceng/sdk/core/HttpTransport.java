package org.jiceng.sdk.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.jiceng.sdk.RequestOptions;
import org.jiceng.sdk.errors.JicengException;
import org.jiceng.sdk.errors.JicengIoException;
import org.jiceng.sdk.errors.JicengServiceException;
import org.jiceng.sdk.errors.Problem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends {@link ApiRequest}s: adds the bearer token, the idempotency key of creates and {@code Accept}; retries
 * connection failures, 429 and 502/503/504 with exponential backoff and full jitter, honouring
 * {@code Retry-After}; maps every other error status to a typed exception.
 */
public final class HttpTransport {
    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final URI baseUrl;
    private final HttpClient http;
    private final TokenProvider tokens;
    private final Duration timeout;
    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Sleeper sleeper;
    private final String userAgent;
    private final java.util.Map<String, String> defaultHeaders;

    /** Waits between attempts; replaceable so that retry behaviour can be tested without real sleeps. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public HttpTransport(URI baseUrl, HttpClient http, TokenProvider tokens, Duration timeout, int maxRetries,
                         Duration initialBackoff, Duration maxBackoff, Sleeper sleeper, String userAgent) {
        this(baseUrl, http, tokens, timeout, maxRetries, initialBackoff, maxBackoff, sleeper, userAgent,
                java.util.Map.of());
    }

    /** With headers sent on every request (such as {@code Accept-Language}) unless a call's options replace them. */
    public HttpTransport(URI baseUrl, HttpClient http, TokenProvider tokens, Duration timeout, int maxRetries,
                         Duration initialBackoff, Duration maxBackoff, Sleeper sleeper, String userAgent,
                         java.util.Map<String, String> defaultHeaders) {
        this.defaultHeaders = java.util.Map.copyOf(defaultHeaders);
        this.baseUrl = baseUrl;
        this.http = http;
        this.tokens = tokens;
        this.timeout = timeout;
        this.maxRetries = maxRetries;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.sleeper = sleeper;
        this.userAgent = userAgent;
    }

    public ApiResponse execute(ApiRequest request, RequestOptions options) {
        byte[] body = serialize(request.body);
        // every change carries a key, made once and sent again on each retry: the platform then answers a retry
        // of a step that already succeeded with its first answer, and never applies a change twice
        String idempotencyKey = "GET".equals(request.method) ? null
                : options.idempotencyKey().orElseGet(() -> UUID.randomUUID().toString());
        int retries = options.maxRetries().orElse(maxRetries);
        Duration callTimeout = options.timeout().orElse(timeout);
        boolean reauthenticated = false;

        for (int attempt = 0; ; attempt++) {
            HttpRequest httpRequest = build(request, body, idempotencyKey, callTimeout, options);
            HttpResponse<byte[]> response;
            try {
                response = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (attempt < retries) {
                    pause(backoff(attempt));
                    continue;
                }
                throw new JicengIoException(request.method + " " + request.path + " failed after "
                        + (attempt + 1) + " attempt(s): " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JicengIoException("Interrupted", e);
            }
            int status = response.statusCode();
            if (status < 400) {
                return new ApiResponse(status, response.headers(), response.body());
            }
            if (status == 401 && !reauthenticated && tokens != null) {
                // a token revoked or rotated early: fetch a fresh one once, then give up
                tokens.invalidate();
                reauthenticated = true;
                attempt--;
                continue;
            }
            if (RETRYABLE.contains(status) && attempt < retries) {
                Duration fallback = backoff(attempt);
                pause(retryAfter(response.headers()).orElse(fallback));
                continue;
            }
            throw error(response);
        }
    }

    private HttpRequest build(ApiRequest request, byte[] body, String idempotencyKey, Duration callTimeout,
                              RequestOptions options) {
        HttpRequest.Builder b = HttpRequest.newBuilder(baseUrl.resolve(request.pathAndQuery()))
                .timeout(callTimeout)
                .header("Accept", "application/json, application/problem+json")
                .header("User-Agent", userAgent);
        if (tokens != null) {
            b.header("Authorization", "Bearer " + tokens.accessToken());
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        defaultHeaders.forEach(b::setHeader);
        options.headers().forEach(b::setHeader);
        request.headers.forEach(b::setHeader);
        if (body != null) {
            b.header("Content-Type", request.contentType);
            b.method(request.method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            b.method(request.method, HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    private static byte[] serialize(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof byte[]) {
            return (byte[]) body;
        }
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new JicengException("Cannot serialise request body: " + e.getMessage(), e);
        }
    }

    private Duration backoff(int attempt) {
        long cap = Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() << Math.min(attempt, 20));
        // full jitter: spread retries of many clients over the whole window
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
    }

    static java.util.Optional<Duration> retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").map(String::trim).flatMap(value -> {
            try {
                return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                    return java.util.Optional.of(d.isNegative() ? Duration.ZERO : d);
                } catch (DateTimeParseException unreadable) {
                    return java.util.Optional.empty();
                }
            }
        }).map(d -> d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
    }

    private void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JicengIoException("Interrupted while waiting to retry", e);
        }
    }

    private static JicengServiceException error(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String requestId = response.headers().firstValue("X-Request-Id").orElse(null);
        Problem problem = null;
        try {
            problem = Json.mapper().readValue(response.body(), Problem.class);
        } catch (IOException | RuntimeException notProblemJson) {
            // fall through to a synthesised problem
        }
        if (problem == null || problem.title() == null) {
            String text = new String(response.body(), StandardCharsets.UTF_8);
            problem = new Problem("about:blank", "HTTP " + status, status,
                    text.isBlank() ? null : text.substring(0, Math.min(500, text.length())), null, null);
        }
        return JicengServiceException.of(status, requestId, problem);
    }
}
