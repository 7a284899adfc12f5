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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A sliding one-minute window per tenant and client, counted in PostgreSQL so that every platform instance shares
 * it: per-minute counters, the previous minute weighted by how much of it still falls inside the last 60 seconds,
 * so a burst across a minute's edge cannot reach twice the limit. One upsert per request, in its own short
 * transaction, behind the same row-level security as tenant data.
 */
@ApplicationScoped
public class RateLimiter {
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
    static Decision decide(int previous, int hits, long elapsed, int limitPerMinute, long resetSeconds) {
        double used = previous * (60 - elapsed) / 60.0 + hits;
        return new Decision(used <= limitPerMinute, limitPerMinute,
                (int) Math.max(0, Math.floor(limitPerMinute - used)), resetSeconds);
    }

    /** One budget a request spends from: a client's, or an end user's. */
    public record Bucket(String key, int limitPerMinute) {
    }

    /** Counts the request in each bucket; the decision is the tightest of them. */
    public Decision hit(String tenantId, java.util.List<Bucket> buckets) {
        Decision tightest = null;
        for (Bucket b : buckets) {
            Decision d = hit(tenantId, b.key(), b.limitPerMinute());
            if (tightest == null || !d.allowed() && tightest.allowed()
                    || d.allowed() == tightest.allowed() && d.remaining() < tightest.remaining()) {
                tightest = d;
            }
        }
        return tightest;
    }

    public Decision hit(String tenantId, String clientId, int limitPerMinute) {
        Instant now = clock.instant();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        long reset = Math.max(1, 60 - (now.getEpochSecond() - window.getEpochSecond()));
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                    ps.setString(1, tenantId);
                    ps.execute();
                }
                int hits;
                int previous;
                try (PreparedStatement ps = c.prepareStatement("with current_window as (insert into rate_limit_window "
                        + "(tenant_id, client_id, window_start, hits) values (?, ?, ?, 1) on conflict (tenant_id, "
                        + "client_id, window_start) do update set hits = rate_limit_window.hits + 1 returning hits) "
                        + "select hits, coalesce((select p.hits from rate_limit_window p where p.tenant_id = ? and "
                        + "p.client_id = ? and p.window_start = ?), 0) from current_window")) {
                    ps.setString(1, tenantId);
                    ps.setString(2, clientId);
                    ps.setObject(3, OffsetDateTime.ofInstant(window, ZoneOffset.UTC));
                    ps.setString(4, tenantId);
                    ps.setString(5, clientId);
                    ps.setObject(6, OffsetDateTime.ofInstant(window.minus(1, ChronoUnit.MINUTES), ZoneOffset.UTC));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        hits = rs.getInt(1);
                        previous = rs.getInt(2);
                    }
                }
                if (ThreadLocalRandom.current().nextInt(200) == 0) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "delete from rate_limit_window where tenant_id = ? and window_start < ?")) {
                        ps.setString(1, tenantId);
                        ps.setObject(2, OffsetDateTime.ofInstant(window.minus(1, ChronoUnit.HOURS), ZoneOffset.UTC));
                        ps.executeUpdate();
                    }
                }
                c.commit();
                return decide(previous, hits, now.getEpochSecond() - window.getEpochSecond(), limitPerMinute, reset);
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rate limiter unavailable: " + e.getMessage(), e);
        }
    }
}
