package org.jiceng.platform.events.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.jiceng.platform.shared.config.PlatformConfig;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests may wait on the event feed at once on this instance. A waiting request holds one of the
 * server's request threads, so waits are bounded per client, per tenant and per instance: one reader that opens
 * waits without end can neither take the threads every tenant's requests need nor its own tenant's other clients'
 * share. A request finding no place left is answered 429 at once and asks again after {@code Retry-After}.
 */
@ApplicationScoped
public class FeedWaits {
    @Inject
    PlatformConfig config;
    @Inject
    MetricRegistry metrics;

    private Limits limits;

    void register(@Observes @Initialized(ApplicationScoped.class) Object application) {
        limits = new Limits(config.eventWaitsPerClient(), config.eventWaitsPerTenant(), config.eventWaits());
        metrics.gauge(Metadata.builder().withName("jiceng_event_feed_waiting").withDescription(
                "Requests waiting on the event feed on this instance").build(), this, w -> w.limits.waiting());
    }

    /** A place to wait for the client of a tenant, if one is left; closing it gives the place back. */
    public Optional<Place> take(String tenantId, String client) {
        return limits.take(tenantId, client);
    }

    /** One waiting request's place. */
    public interface Place extends AutoCloseable {
        @Override
        void close();
    }

    /** The counting itself, apart from the container, for tests. */
    static final class Limits {
        private final int perClient;
        private final int perTenant;
        private final int total;
        private final AtomicInteger waiting = new AtomicInteger();
        // counts per key, changed only inside the map's own atomic compute; keys at zero are dropped
        private final ConcurrentHashMap<String, Integer> byTenant = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, Integer> byClient = new ConcurrentHashMap<>();

        Limits(int perClient, int perTenant, int total) {
            this.perClient = perClient;
            this.perTenant = perTenant;
            this.total = total;
        }

        int waiting() {
            return waiting.get();
        }

        Optional<Place> take(String tenantId, String client) {
            String clientKey = tenantId + "\n" + client;
            int now;
            do {
                now = waiting.get();
                if (now >= total) {
                    return Optional.empty();
                }
            } while (!waiting.compareAndSet(now, now + 1));
            if (!acquire(byTenant, tenantId, perTenant)) {
                waiting.decrementAndGet();
                return Optional.empty();
            }
            if (!acquire(byClient, clientKey, perClient)) {
                release(byTenant, tenantId);
                waiting.decrementAndGet();
                return Optional.empty();
            }
            AtomicBoolean closed = new AtomicBoolean();
            return Optional.of(() -> {
                if (!closed.getAndSet(true)) {
                    release(byClient, clientKey);
                    release(byTenant, tenantId);
                    waiting.decrementAndGet();
                }
            });
        }

        private static boolean acquire(ConcurrentHashMap<String, Integer> counts, String key, int limit) {
            boolean[] taken = {false};
            counts.compute(key, (k, n) -> {
                int now = n == null ? 0 : n;
                if (now >= limit) {
                    return n;
                }
                taken[0] = true;
                return now + 1;
            });
            return taken[0];
        }

        private static void release(ConcurrentHashMap<String, Integer> counts, String key) {
            counts.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
        }
    }
}
