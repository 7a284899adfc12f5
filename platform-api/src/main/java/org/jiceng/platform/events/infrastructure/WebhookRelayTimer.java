package org.jiceng.platform.events.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.jiceng.platform.events.application.WebhookRelay;
import org.jiceng.platform.events.domain.WebhookSender;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.persistence.OwnerDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the webhook relay on every instance, every half second: finds the tenants with enabled endpoints (the only
 * query across tenants, as the schema owner under its own policy), then per tenant fans out new events and sends
 * what is due, at most {@link #PARALLEL} POSTs at once per instance. Instances never send the same delivery twice
 * at once: claims skip what another holds.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookRelayTimer {
    private static final Logger LOG = Logger.getLogger(WebhookRelayTimer.class.getName());
    static final int PARALLEL = 16;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Resource
    ManagedExecutorService senders;
    @Inject
    WebhookRelay relay;
    @Inject
    WebhookSender sender;
    @Inject
    OwnerDatabase owner;
    @Inject
    PlatformConfig config;

    private final Semaphore sending = new Semaphore(PARALLEL);
    private ScheduledFuture<?> ticking;

    @PostConstruct
    void start() {
        long every = config.webhookRelayInterval().toMillis();
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 2_000 + every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
        closeLookup();
    }

    void tick() {
        try {
            for (String tenant : tenantsWithEndpoints()) {
                relay.fanOut(tenant);
                int free = sending.availablePermits();
                if (free == 0) {
                    continue;
                }
                for (WebhookRelay.Claimed c : relay.claim(tenant, free)) {
                    sending.acquireUninterruptibly();
                    senders.execute(() -> {
                        try {
                            relay.settle(c, sender.send(c.target(), c.delivery().messageId(), c.secrets(),
                                    c.delivery().body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "Webhook delivery " + c.delivery().id() + " not settled; its lease "
                                    + "expires and it is sent again", e);
                        } finally {
                            sending.release();
                        }
                    });
                }
            }
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.FINE, "Webhook relay tick failed; the next one retries", e);
        }
    }

    /** One owner connection kept for the lookup, replaced when it breaks. */
    private Connection lookup;

    private List<String> tenantsWithEndpoints() throws SQLException {
        try {
            return tenantsWithEndpoints(lookupConnection());
        } catch (SQLException e) {
            closeLookup();
            throw e;
        }
    }

    private Connection lookupConnection() throws SQLException {
        if (lookup == null || lookup.isClosed()) {
            lookup = owner.connect();
        }
        return lookup;
    }

    private void closeLookup() {
        try {
            if (lookup != null) {
                lookup.close();
            }
        } catch (SQLException ignored) {
            // already broken
        }
        lookup = null;
    }

    private static List<String> tenantsWithEndpoints(Connection c) throws SQLException {
        {
            try (PreparedStatement on = c.prepareStatement("select set_config('app.all_tenants', 'on', true)")) {
                on.execute();
            }
            List<String> tenants = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select distinct tenant_id from webhook_endpoint "
                    + "where enabled"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tenants.add(rs.getString(1));
                }
            }
            c.commit();
            return tenants;
        }
    }
}
