package org.jiceng.platform.events.api;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedWaitsTest {

    @Test
    void aClientWaitsAtMostItsShareAndGetsAPlaceBackWhenOneCloses() {
        FeedWaits.Limits limits = new FeedWaits.Limits(2, 10, 100);
        FeedWaits.Place first = limits.take("t1", "app").orElseThrow();
        limits.take("t1", "app").orElseThrow();
        assertTrue(limits.take("t1", "app").isEmpty());
        assertTrue(limits.take("t1", "other-app").isPresent(), "another client of the tenant still waits");
        assertTrue(limits.take("t2", "app").isPresent(), "the same client id in another tenant is another client");
        first.close();
        first.close(); // closing twice gives back one place, not two
        assertTrue(limits.take("t1", "app").isPresent());
        assertTrue(limits.take("t1", "app").isEmpty());
    }

    @Test
    void aTenantsClientsTogetherWaitAtMostTheTenantsShare() {
        FeedWaits.Limits limits = new FeedWaits.Limits(2, 3, 100);
        limits.take("t1", "a").orElseThrow();
        limits.take("t1", "a").orElseThrow();
        limits.take("t1", "b").orElseThrow();
        assertTrue(limits.take("t1", "c").isEmpty());
        assertTrue(limits.take("t2", "c").isPresent(), "other tenants keep their share");
        assertEquals(4, limits.waiting());
    }

    @Test
    void theInstanceHoldsAtMostItsTotalAndARefusedRequestHoldsNothing() {
        FeedWaits.Limits limits = new FeedWaits.Limits(1, 1, 2);
        FeedWaits.Place one = limits.take("t1", "a").orElseThrow();
        limits.take("t2", "a").orElseThrow();
        assertTrue(limits.take("t3", "a").isEmpty());
        assertTrue(limits.take("t1", "a").isEmpty());
        assertEquals(2, limits.waiting());
        one.close();
        assertEquals(1, limits.waiting());
        assertTrue(limits.take("t3", "a").isPresent());
    }

    @Test
    void placesTakenAndClosedConcurrentlyNeverExceedTheLimitsAndAllComeBack() throws Exception {
        FeedWaits.Limits limits = new FeedWaits.Limits(3, 5, 8);
        AtomicInteger mostAtOnce = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            String tenant = "t" + (t % 3);
            String client = "c" + (t % 2);
            work.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 2_000; i++) {
                    Optional<FeedWaits.Place> place = limits.take(tenant, client);
                    if (place.isPresent()) {
                        mostAtOnce.accumulateAndGet(limits.waiting(), Math::max);
                        place.get().close();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (var w : work) {
            w.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(mostAtOnce.get() <= 8, "at most the instance's total waited at once: " + mostAtOnce.get());
        assertEquals(0, limits.waiting());
        // every count came back: each tenant and client can take its full share again
        for (int t = 0; t < 3; t++) {
            for (int c = 0; c < 2; c++) {
                assertTrue(limits.take("t" + t, "c" + c).isPresent());
            }
        }
    }
}
