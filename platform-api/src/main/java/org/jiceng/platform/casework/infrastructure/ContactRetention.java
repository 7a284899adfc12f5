package org.jiceng.platform.casework.infrastructure;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Erases reporters' names and phones once their case has been closed longer than the tenant's
 * {@code contactRetentionDays} (PIPL art. 19: kept no longer than the purpose needs). The case and its facts stay;
 * {@code contact_erased_at} says when. Nightly, once across all instances, one transaction per tenant.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContactRetention {
    private static final Logger LOG = Logger.getLogger(ContactRetention.class.getName());

    @Inject
    OwnerDatabase owner;

    @Schedule(hour = "3", minute = "47", persistent = false)
    void nightly() {
        try (Connection c = owner.connect()) {
            if (!ScheduledRuns.claim(c, "contact-retention", Duration.ofHours(12))) {
                return;
            }
            Map<String, Integer> erased = eraseExpired(c);
            LOG.info(() -> "Contact retention: erased reporters' contacts " + erased);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Contact retention failed; retried tomorrow", e);
        }
    }

    /** Erases, tenant by tenant, the contacts past retention; returns the cases touched per tenant. */
    public static Map<String, Integer> eraseExpired(Connection owner) throws SQLException {
        List<String[]> tenants = new ArrayList<>();
        try (PreparedStatement ps = owner.prepareStatement("select id, contact_retention_days from tenant");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tenants.add(new String[]{rs.getString(1), rs.getString(2)});
            }
        }
        owner.commit();
        Map<String, Integer> erased = new LinkedHashMap<>();
        for (String[] t : tenants) {
            OwnerDatabase.bindTenant(owner, t[0]);
            try (PreparedStatement ps = owner.prepareStatement("update case_record set reporter_name_enc = null, "
                    + "reporter_phone_enc = null, reporter_phone_hash = null, contact_erased_at = now() "
                    + "where tenant_id = ? and closed_at < now() - make_interval(days => ?) "
                    + "and (reporter_name_enc is not null or reporter_phone_enc is not null)")) {
                ps.setString(1, t[0]);
                ps.setInt(2, Integer.parseInt(t[1]));
                int n = ps.executeUpdate();
                if (n > 0) {
                    erased.put(t[0], n);
                }
            }
            owner.commit();
        }
        return erased;
    }
}
