package org.jiceng.platform.shared.observability;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database connections the platform's pools hold, by state, as PostgreSQL reports them for the application
 * role ({@code jiceng_db_connections}), and this instance's pool limit ({@code jiceng_db_pool_max_connections}).
 * Read at most every five seconds, whatever the scrape interval.
 */
@ApplicationScoped
public class DatabaseConnections {
    /** The pool limit of {@code PlatformDataSource}. */
    static final int POOL_MAX = 32;
    private static final long REFRESH_NANOS = 5_000_000_000L;

    enum State { ACTIVE, IDLE, IDLE_IN_TRANSACTION }

    @Resource(lookup = "java:app/jdbc/jiceng")
    DataSource dataSource;
    @Inject
    MetricRegistry metrics;

    private final Map<State, AtomicLong> counts = new EnumMap<>(State.class);
    private volatile long readAt;

    void register(@Observes @Initialized(ApplicationScoped.class) Object application) {
        for (State s : State.values()) {
            counts.put(s, new AtomicLong());
            metrics.gauge(Metadata.builder().withName("jiceng_db_connections").withDescription(
                    "Connections of the platform's application role to PostgreSQL, by state (all instances)").build(),
                    this, d -> d.read(s), new Tag("state", s.name().toLowerCase(java.util.Locale.ROOT)));
        }
        metrics.gauge(Metadata.builder().withName("jiceng_db_pool_max_connections").withDescription(
                "Most connections this instance's pool opens").build(), () -> POOL_MAX);
    }

    private long read(State state) {
        long now = System.nanoTime();
        if (now - readAt > REFRESH_NANOS) {
            readAt = now;
            refresh();
        }
        return counts.get(state).get();
    }

    private void refresh() {
        counts.values().forEach(c -> c.set(0));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select state, count(*) from pg_stat_activity "
                     + "where usename = current_user and datname = current_database() group by state");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                State state = switch (String.valueOf(r.getString(1))) {
                    case "active" -> State.ACTIVE;
                    case "idle" -> State.IDLE;
                    case "idle in transaction", "idle in transaction (aborted)" -> State.IDLE_IN_TRANSACTION;
                    default -> null;
                };
                if (state != null) {
                    counts.get(state).addAndGet(r.getLong(2));
                }
            }
        } catch (SQLException e) {
            // the database is away: the gauges read zero until it returns, and readiness reports the outage
        }
    }
}
