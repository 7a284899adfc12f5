package org.jiceng.platform.shared.ratelimit;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts per source address over a sliding minute (the previous minute weighted by how much of it still falls
 * inside the last 60 seconds), in memory and per instance: a guard for what no client budget covers — tokens that
 * fail verification, reads that need no token. At most {@link #MAX_ADDRESSES} addresses are kept; when full, the
 * addresses quiet for a minute are dropped. Behind a load balancer the address is the balancer's unless it passes
 * the client's on.
 */
public final class AddressWindows {
    static final int MAX_ADDRESSES = 50_000;

    /** Counts in the current and the previous minute of one address. */
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

        synchronized double add(long now) {
            double before = roll(now);
            current++;
            return before + 1;
        }
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    /** Seconds until the address is under {@code limit} again, or 0 when it is under it now. */
    public long retryAfter(String address, int limit, long nowSeconds) {
        Window w = windows.get(address);
        return w == null || w.roll(nowSeconds) < limit ? 0 : untilNextMinute(nowSeconds);
    }

    /** Counts one for the address. */
    public void add(String address, long nowSeconds) {
        window(address, nowSeconds).add(nowSeconds);
    }

    /**
     * Counts one for the address and says whether it stays within {@code limit}: 0 if so, else the seconds until
     * it may ask again. Refused requests count too, so an address that keeps asking stays refused.
     */
    public long hit(String address, int limit, long nowSeconds) {
        return window(address, nowSeconds).add(nowSeconds) <= limit ? 0 : untilNextMinute(nowSeconds);
    }

    private Window window(String address, long nowSeconds) {
        if (windows.size() >= MAX_ADDRESSES) {
            windows.values().removeIf(w -> w.roll(nowSeconds) == 0);
        }
        return windows.computeIfAbsent(address, a -> new Window());
    }

    private static long untilNextMinute(long nowSeconds) {
        return Math.max(1, 60 - nowSeconds % 60);
    }
}
