package org.jiceng.platform.shared.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.persistence.OwnerDatabase;
import org.jiceng.platform.shared.persistence.ScheduledRuns;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Purges access-log lines older than the retention period, nightly, once across all instances and in batches. The log is kept at least six months (the
 * Cybersecurity Law's floor for network logs), also for tenants that have been offboarded.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccessLogRetention {
    private static final Logger LOG = Logger.getLogger(AccessLogRetention.class.getName());

    @Inject
    PlatformConfig config;
    @Inject
    OwnerDatabase owner;

    /** Lines deleted per transaction: short transactions, so the purge never holds the log for long. */
    static final int BATCH = 5_000;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        try (Connection c = owner.connect()) {
            if (!ScheduledRuns.claim(c, "access-log-purge", Duration.ofHours(12))) {
                return; // another instance runs it tonight
            }
            long purged = purgeOlderThan(c, OffsetDateTime.now(ZoneOffset.UTC).minus(config.accessLogRetention()),
                    BATCH);
            LOG.info(() -> "Access log: purged " + purged + " line(s) past retention");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Access log purge failed; retried tomorrow", e);
        }
    }

    /** Deletes the lines older than {@code cutoff}, {@code batch} at a time, each batch committed. */
    public static long purgeOlderThan(Connection owner, OffsetDateTime cutoff, int batch) throws SQLException {
        long total = 0;
        try (PreparedStatement ps = owner.prepareStatement("delete from access_log where id in (select id from "
                + "access_log where occurred_at < ? order by occurred_at limit ?)")) {
            ps.setObject(1, cutoff);
            ps.setInt(2, batch);
            int n;
            do {
                n = ps.executeUpdate();
                owner.commit();
                total += n;
            } while (n == batch);
        }
        return total;
    }
}
