package org.jiceng.sdk.errors;

/** HTTP 429. Too many requests; the SDK already retried honouring {@code Retry-After}. */
public class RateLimitException extends JicengServiceException {
    public RateLimitException(String requestId, Problem problem) {
        super(429, requestId, problem);
    }
}
