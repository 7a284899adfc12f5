package org.jiceng.platform.shared.ratelimit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A sliding one-minute window per tenant and bucket (a client, an end user): per-minute counts, the previous
 * minute weighted by how much of it still falls inside the last 60 seconds, so a burst across a minute's edge
 * cannot reach twice the limit.
 *
 * <p>Counting costs no commit per request. Each instance counts in memory; at most once a second (on the first
 * request after the second has passed) it adds what it counted to {@code rate_limit_count} and reads back the
 * totals of every instance, in one statement for all tenants. A decision is the shared total as last read plus
 * what this instance counted since. The limit therefore holds across instances within what the other instances let
 * through in the last second ({@link #SYNC}), and the first request a window brings to an instance is decided
 * on that instance's counts alone; if PostgreSQL cannot be reached, each instance keeps limiting on its own counts
 * and shares them once it can.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());
    /** How often an instance shares its counts. */
    static final Duration SYNC = Duration.ofSeconds(1);

    @Resource(lookup = "java:app/jdbc/jiceng")
    DataSource dataSource;
    @Inject
    Clock clock;

    /** The outcome for one request: allowed or not, with what the RateLimit headers report. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    /**
     * The decision for the request just counted: {@code hits} this minute (it included), {@code previous} in the
     * minute before, {@code elapsed} seconds into this one.
     */
    static Decision decide(long previous, long hits, long elapsed, int limitPerMinute, long resetSeconds) {
        double used = previous * (60 - elapsed) / 60.0 + hits;
        return new Decision(used <= limitPerMinute, limitPerMinute,
                (int) Math.max(0, Math.floor(limitPerMinute - used)), resetSeconds);
    }

    private record Key(String tenant, String bucket, long minute) {
    }

    /** One window's count: what every instance had counted at the last sync, and what this one counted since. */
    private static final class Count {
        final LongAdder pending = new LongAdder();
        volatile long shared;

        long total() {
            return shared + pending.sum();
        }
    }

    private final ConcurrentHashMap<Key, Count> counts = new ConcurrentHashMap<>();
    private final AtomicLong lastSync = new AtomicLong();
    private final ReentrantLock syncing = new ReentrantLock();
    private long syncs;

    /** One budget a request spends from: a client's, or an end user's. */
    public record Bucket(String key, int limitPerMinute) {
    }

    /** Counts the request in each bucket; the decision is the tightest of them. */
    public Decision hit(String tenantId, List<Bucket> buckets) {
        Instant now = clock.instant();
        Decision tightest = null;
        for (Bucket b : buckets) {
            Decision d = count(tenantId, b.key(), b.limitPerMinute(), now);
            if (tightest == null || !d.allowed() && tightest.allowed()
                    || d.allowed() == tightest.allowed() && d.remaining() < tightest.remaining()) {
                tightest = d;
            }
        }
        maybeSync(now); // after every bucket is counted, so the sync carries them all
        return tightest;
    }

    public Decision hit(String tenantId, String bucket, int limitPerMinute) {
        return hit(tenantId, List.of(new Bucket(bucket, limitPerMinute)));
    }

    private Decision count(String tenantId, String bucket, int limitPerMinute, Instant now) {
        long second = now.getEpochSecond();
        long minute = second / 60;
        Count current = counts.computeIfAbsent(new Key(tenantId, bucket, minute), k -> new Count());
        current.pending.increment();
        // the previous minute is tracked too, so the next sync brings what the other instances counted in it
        Count previous = counts.computeIfAbsent(new Key(tenantId, bucket, minute - 1), k -> new Count());
        return decide(previous.total(), current.total(), second % 60, limitPerMinute,
                Math.max(1, 60 - second % 60));
    }

    /** Shares the counts if a second has passed since the last time; one request pays for it, the others go on. */
    private void maybeSync(Instant now) {
        long last = lastSync.get();
        if (now.toEpochMilli() - last < SYNC.toMillis() || !syncing.tryLock()) {
            return;
        }
        try {
            if (lastSync.compareAndSet(last, now.toEpochMilli())) {
                sync(now.getEpochSecond() / 60);
            }
        } finally {
            syncing.unlock();
        }
    }

    private void sync(long minute) {
        counts.keySet().removeIf(k -> k.minute() < minute - 1);
        List<Key> keys = new ArrayList<>();
        List<Long> deltas = new ArrayList<>();
        counts.forEach((k, c) -> {
            keys.add(k);
            deltas.add(c.pending.sumThenReset());
        });
        if (keys.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into rate_limit_count (tenant_code, bucket, "
                     + "window_start, hits) select t, b, to_timestamp(w * 60), d from unnest(?::text[], ?::text[], "
                     + "?::bigint[], ?::bigint[]) as u(t, b, w, d) on conflict (tenant_code, bucket, window_start) "
                     + "do update set hits = rate_limit_count.hits + excluded.hits "
                     + "returning tenant_code, bucket, cast(extract(epoch from window_start) as bigint) / 60, hits")) {
            ps.setArray(1, c.createArrayOf("text", keys.stream().map(Key::tenant).toArray()));
            ps.setArray(2, c.createArrayOf("text", keys.stream().map(Key::bucket).toArray()));
            ps.setArray(3, c.createArrayOf("bigint", keys.stream().map(Key::minute).toArray()));
            ps.setArray(4, c.createArrayOf("bigint", deltas.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Count count = counts.get(new Key(rs.getString(1), rs.getString(2), rs.getLong(3)));
                    if (count != null) {
                        count.shared = rs.getLong(4);
                    }
                }
            }
            if (++syncs % 600 == 0) {
                try (PreparedStatement old = c.prepareStatement(
                        "delete from rate_limit_count where window_start < now() - interval '1 hour'")) {
                    old.executeUpdate();
                }
            }
        } catch (SQLException e) {
            // keep limiting on this instance's own counts; share them at the next sync
            for (int i = 0; i < keys.size(); i++) {
                Count count = counts.get(keys.get(i));
                if (count != null) {
                    count.pending.add(deltas.get(i));
                }
            }
            LOG.log(Level.WARNING, "Rate-limit counts could not be shared: " + e.getMessage());
        }
    }
}
