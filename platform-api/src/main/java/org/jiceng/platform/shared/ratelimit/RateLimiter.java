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
 * Fixed one-minute windows per tenant and client, counted in PostgreSQL so that every platform instance shares
 * them: one upsert per request, in its own short transaction, behind the same row-level security as tenant data.
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
                try (PreparedStatement ps = c.prepareStatement("insert into rate_limit_window (tenant_id, client_id, "
                        + "window_start, hits) values (?, ?, ?, 1) on conflict (tenant_id, client_id, window_start) "
                        + "do update set hits = rate_limit_window.hits + 1 returning hits")) {
                    ps.setString(1, tenantId);
                    ps.setString(2, clientId);
                    ps.setObject(3, OffsetDateTime.ofInstant(window, ZoneOffset.UTC));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        hits = rs.getInt(1);
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
                return new Decision(hits <= limitPerMinute, limitPerMinute, Math.max(0, limitPerMinute - hits), reset);
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
