package org.jiceng.platform.shared.ratelimit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sliding window's arithmetic. */
class RateLimiterTest {
    @Test
    void aBurstAcrossAMinutesEdgeCannotReachTwiceTheLimit() {
        // 100 requests in the last second of one minute, then more in the first seconds of the next
        assertTrue(RateLimiter.decide(100, 1, 1, 100, 59).allowed(), "the previous minute still weighs 59/60 …");
        assertFalse(RateLimiter.decide(100, 2, 1, 100, 59).allowed(), "… so only one more request fits");
        int allowed = 0;
        for (int hits = 1; hits <= 100; hits++) {
            if (RateLimiter.decide(100, hits, 30, 100, 30).allowed()) {
                allowed++;
            }
        }
        assertEquals(50, allowed, "half a minute later, half the budget is free again");
    }

    @Test
    void aQuietPreviousMinuteLeavesTheWholeLimit() {
        RateLimiter.Decision d = RateLimiter.decide(0, 100, 10, 100, 50);
        assertTrue(d.allowed());
        assertEquals(0, d.remaining());
        assertFalse(RateLimiter.decide(0, 101, 10, 100, 50).allowed());
        assertEquals(99, RateLimiter.decide(0, 1, 0, 100, 60).remaining());
        assertEquals(40, RateLimiter.decide(40, 40, 30, 100, 30).remaining(), "40 × 30/60 + 40 = 60 used");
    }
}
