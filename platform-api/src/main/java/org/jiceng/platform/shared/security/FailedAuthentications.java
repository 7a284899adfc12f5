package org.jiceng.platform.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.config.PlatformConfig;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts, per source address, the tokens presented that failed verification (unknown issuer, bad signature,
 * expired …) over a sliding minute, and stops an address that keeps failing before its tokens cost any work.
 * Per instance and in memory: a guard against guessing and flooding, not a quota. Behind a load balancer the
 * address is the balancer's unless it is configured to pass the client's on.
 */
@ApplicationScoped
public class FailedAuthentications {
    static final int MAX_ADDRESSES = 50_000;

    @Inject
    PlatformConfig config;
    @Inject
    Clock clock;

    /** Failures in the current and the previous minute of one address. */
    private static final class Window {
        long minute;
        int current;
        int previous;

        synchronized double roll(long now) {
            long m = now / 60;
            if (m != minute) {
                previous = m == minute + 1 ? current : 0;
                current = 0;
                minute = m;
            }
            return previous * (60 - now % 60) / 60.0 + current;
        }

        synchronized void add() {
            current++;
        }
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    /** Seconds until the address may try again, or 0 when it may now. */
    public long retryAfter(String address) {
        Window w = windows.get(address);
        long now = clock.instant().getEpochSecond();
        if (w == null || w.roll(now) < config.authFailuresPerMinute()) {
            return 0;
        }
        return Math.max(1, 60 - now % 60);
    }

    public void failed(String address) {
        long now = clock.instant().getEpochSecond();
        if (windows.size() >= MAX_ADDRESSES) {
            windows.values().removeIf(w -> w.roll(now) == 0);
        }
        Window w = windows.computeIfAbsent(address, a -> new Window());
        w.roll(now);
        w.add();
    }
}
