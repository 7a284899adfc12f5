package org.jiceng.platform.shared.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.persistence.OwnerDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Purges access-log lines older than the retention period, nightly. The log is kept at least six months (the
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

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        try {
            int purged = purgeOlderThan(OffsetDateTime.now(ZoneOffset.UTC).minus(config.accessLogRetention()));
            LOG.info(() -> "Access log: purged " + purged + " line(s) past retention");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Access log purge failed; retried tomorrow", e);
        }
    }

    int purgeOlderThan(OffsetDateTime cutoff) throws SQLException {
        try (Connection c = owner.connect();
             PreparedStatement ps = c.prepareStatement("delete from access_log where occurred_at < ?")) {
            ps.setObject(1, cutoff);
            int n = ps.executeUpdate();
            c.commit();
            return n;
        }
    }
}
