package org.jiceng.sdk;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-call overrides of the client's defaults: timeout, retry count, the idempotency key of a change (by default
 * the SDK generates one per logical call and reuses it across that call's retries), and extra headers such as
 * {@code Accept-Language}.
 */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();

    private final Duration timeout;
    private final Integer maxRetries;
    private final String idempotencyKey;
    private final Map<String, String> headers;

    private RequestOptions(Builder b) {
        this.timeout = b.timeout;
        this.maxRetries = b.maxRetries;
        this.idempotencyKey = b.idempotencyKey;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    }

    public static RequestOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeout = timeout;
        b.maxRetries = maxRetries;
        b.idempotencyKey = idempotencyKey;
        b.headers.putAll(headers);
        return b;
    }

    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    public Optional<Integer> maxRetries() {
        return Optional.ofNullable(maxRetries);
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** Headers added to the call (they cannot replace {@code Authorization} or {@code Idempotency-Key}). */
    public Map<String, String> headers() {
        return headers;
    }

    /** Builder of {@link RequestOptions}. */
    public static final class Builder {
        private Duration timeout;
        private Integer maxRetries;
        private String idempotencyKey;
        private final Map<String, String> headers = new LinkedHashMap<>();

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        /** Adds a header, e.g. {@code Accept-Language: en} for English problem details. */
        public Builder header(String name, String value) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.equals("authorization") || lower.equals("idempotency-key")) {
                throw new IllegalArgumentException(name + " is set by the client");
            }
            headers.put(name, value);
            return this;
        }

        /**
         * The resident a vendor's app acts for ({@code Jiceng-End-User}): proposing, seconding, binding, voting and
         * evaluating count for that resident, and a binding made this way is used through this app only.
         */
        public Builder endUser(String residentId) {
            return header("Jiceng-End-User", residentId);
        }

        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
