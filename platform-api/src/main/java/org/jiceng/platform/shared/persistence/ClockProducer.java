package org.jiceng.platform.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;

/**
 * The one source of "now", replaceable in tests. It ticks in microseconds, PostgreSQL's precision, so that an
 * instant in a response is the instant a later read returns.
 */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
