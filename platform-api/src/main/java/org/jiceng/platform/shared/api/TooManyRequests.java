package org.jiceng.platform.shared.api;

/** A 429 problem whose response says, in {@code Retry-After}, when to ask again. */
public class TooManyRequests extends ProblemException {
    private final long retryAfterSeconds;

    public TooManyRequests(String type, String detail, long retryAfterSeconds) {
        super(Problem.of(429, type, "Too Many Requests", detail));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
