package org.jiceng.platform.events.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.events.DeadlineSweep;
import org.jiceng.platform.shared.persistence.OwnerDatabase;
import org.jiceng.platform.shared.persistence.ScheduledRuns;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The event family's scheduled work, each run once across instances ({@link ScheduledRuns}): the deadline sweep
 * (every {@code jiceng.events.deadline-sweep-seconds}, tenant by tenant, each context's {@link DeadlineSweep}), and
 * the hourly purge of events past their retention and of settled webhook deliveries as old, in batches.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventTimers {
    private static final Logger LOG = Logger.getLogger(EventTimers.class.getName());
    static final int PURGE_BATCH = 5_000;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    Instance<DeadlineSweep> sweeps;
    @Inject
    OwnerDatabase owner;
    @Inject
    PlatformConfig config;
    @Inject
    Clock clock;

    private ScheduledFuture<?> sweeping;

    @PostConstruct
    void start() {
        long every = config.deadlineSweep().toMillis();
        sweeping = scheduler.scheduleWithFixedDelay(this::sweepDeadlines, Math.min(every, 10_000), every,
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }

    void sweepDeadlines() {
        try {
            List<String> tenants;
            try (Connection c = owner.connect()) {
                // a little under the period, so that the next tick of any instance may run it again
                Duration claimFor = config.deadlineSweep().minusMillis(config.deadlineSweep().toMillis() / 10);
                if (!ScheduledRuns.claim(c, "deadline-sweep", claimFor)) {
                    return;
                }
                tenants = activeTenants(c);
            }
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            int reminded = 0;
            for (String tenant : tenants) {
                for (DeadlineSweep sweep : sweeps) {
                    reminded += sweep.sweep(tenant, now, config.dueSoon());
                }
            }
            int total = reminded;
            LOG.fine(() -> "Deadline sweep: " + total + " reminders");
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline sweep failed; the next one retries", e);
        }
    }

    @Schedule(hour = "*", minute = "41", persistent = false)
    void purgeHourly() {
        try (Connection c = owner.connect()) {
            if (!ScheduledRuns.claim(c, "event-purge", Duration.ofMinutes(50))) {
                return;
            }
            long purged = purge(c, config.eventRetention(), PURGE_BATCH);
            LOG.fine(() -> "Events: purged " + purged + " past retention");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Event purge failed; retried in an hour", e);
        }
    }

    /**
     * Deletes, tenant by tenant and {@code batch} rows per transaction, events older than {@code retention}, the
     * settled webhook deliveries (with their attempts) and the deadline reminders as old.
     */
    public static long purge(Connection owner, Duration retention, int batch) throws SQLException {
        List<String> tenants = allTenants(owner);
        long total = 0;
        for (String tenant : tenants) {
            total += purgeBatches(owner, tenant, "delete from outbox_event where tenant_id = ? and id in (select id from "
                    + "outbox_event where tenant_id = ? and occurred_at < now() - make_interval(secs => ?) limit ?)",
                    retention, batch);
            total += purgeBatches(owner, tenant, "delete from webhook_delivery where tenant_id = ? and id in (select id "
                    + "from webhook_delivery where tenant_id = ? and state <> 'PENDING' and created_at < now() "
                    + "- make_interval(secs => ?) limit ?)", retention, batch);
            total += purgeBatches(owner, tenant, "delete from deadline_notice where tenant_id = ? and "
                    + "(record_type, record_id, kind, due_at) in (select record_type, record_id, kind, due_at from "
                    + "deadline_notice where tenant_id = ? and noticed_at < now() - make_interval(secs => ?) limit ?)",
                    retention, batch);
        }
        return total;
    }

    private static long purgeBatches(Connection owner, String tenant, String sql, Duration retention, int batch)
            throws SQLException {
        long total = 0;
        int n;
        do {
            OwnerDatabase.bindTenant(owner, tenant);
            try (PreparedStatement ps = owner.prepareStatement(sql)) {
                ps.setString(1, tenant);
                ps.setString(2, tenant);
                ps.setLong(3, retention.toSeconds());
                ps.setInt(4, batch);
                n = ps.executeUpdate();
            }
            owner.commit();
            total += n;
        } while (n == batch);
        return total;
    }

    private static List<String> activeTenants(Connection c) throws SQLException {
        return tenants(c, "select id from tenant where status = 'ACTIVE' order by id");
    }

    private static List<String> allTenants(Connection c) throws SQLException {
        return tenants(c, "select id from tenant order by id");
    }

    private static List<String> tenants(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        c.commit();
        return out;
    }
}
