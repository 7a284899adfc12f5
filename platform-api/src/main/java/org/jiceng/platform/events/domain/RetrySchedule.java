package org.jiceng.platform.events.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: after each wait of the schedule in turn (Standard Webhooks' 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h by default), each with up to 20 % jitter so that a receiver coming back is not hit
 * by every retry at once, and never sooner than the receiver's {@code Retry-After} asked. After the last wait's
 * attempt, the delivery has failed.
 */
public record RetrySchedule(List<Duration> waits) {
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(10);

    public RetrySchedule {
        waits = List.copyOf(waits);
    }

    /** The wait before the next attempt after {@code attemptsMade} attempts, or empty when they are spent. */
    public Optional<Duration> next(int attemptsMade, Optional<Duration> retryAfter, RandomGenerator random) {
        if (attemptsMade < 1 || attemptsMade > waits.size()) {
            return Optional.empty();
        }
        Duration base = waits.get(attemptsMade - 1);
        long jitterMillis = (long) (base.toMillis() * 0.2 * random.nextDouble());
        Duration wait = base.plusMillis(jitterMillis);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
            wait = retryAfter.get().compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : retryAfter.get();
        }
        return Optional.of(wait);
    }

    /** Attempts in all: the first and one after each wait. */
    public int maxAttempts() {
        return waits.size() + 1;
    }
}
