package org.jiceng.platform.shared.idempotency;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jiceng.platform.shared.persistence.OwnerDatabase;
import org.jiceng.platform.shared.persistence.ScheduledRuns;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes idempotency keys past their retention, hourly, once across all instances, tenant by tenant in batches
 * (each its own short transaction), so that the table holds about a day of keys whatever the traffic.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotencyPurge {
    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class.getName());
    static final int BATCH = 5_000;

    @Inject
    OwnerDatabase owner;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void hourly() {
        try (Connection c = owner.connect()) {
            if (!ScheduledRuns.claim(c, "idempotency-purge", Duration.ofMinutes(50))) {
                return;
            }
            long purged = purgeExpired(c, BATCH);
            LOG.fine(() -> "Idempotency keys: purged " + purged + " past retention");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Idempotency purge failed; retried in an hour", e);
        }
    }

    /** Deletes every expired key, {@code batch} at a time per tenant; returns how many. */
    public static long purgeExpired(Connection owner, int batch) throws SQLException {
        List<String> tenants = new ArrayList<>();
        try (PreparedStatement ps = owner.prepareStatement("select id from tenant"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tenants.add(rs.getString(1));
            }
        }
        owner.commit();
        long total = 0;
        for (String tenant : tenants) {
            int n;
            do {
                OwnerDatabase.bindTenant(owner, tenant);
                try (PreparedStatement ps = owner.prepareStatement("delete from idempotency_record where "
                        + "tenant_id = ? and (principal, idempotency_key) in (select principal, idempotency_key "
                        + "from idempotency_record where tenant_id = ? and expires_at < now() limit ?)")) {
                    ps.setString(1, tenant);
                    ps.setString(2, tenant);
                    ps.setInt(3, batch);
                    n = ps.executeUpdate();
                }
                owner.commit();
                total += n;
            } while (n == batch);
        }
        return total;
    }
}
