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
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.jiceng.platform.events.domain.WebhookDelivery;
import org.jiceng.platform.events.domain.WebhookSender;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.persistence.OwnerDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
 * at once: claims skip what another holds. Metrics (MicroProfile, at {@code /metrics}): deliveries by outcome,
 * disabled endpoints, the age of the oldest due delivery, and how many transactions the feed's horizon trails.
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

    @Inject
    MetricRegistry metrics;

    private final Semaphore sending = new Semaphore(PARALLEL);
    private final AtomicLong disabledEndpoints = new AtomicLong();
    private final AtomicLong deliveryLagSeconds = new AtomicLong();
    private final AtomicLong feedLagTransactions = new AtomicLong();
    private final Map<WebhookDelivery.State, Counter> outcomes = new EnumMap<>(WebhookDelivery.State.class);
    private int ticks;
    private ScheduledFuture<?> ticking;

    @PostConstruct
    void start() {
        metrics.gauge(Metadata.builder().withName("jiceng_webhook_endpoints_disabled").withDescription(
                "Webhook endpoints disabled, across tenants").build(), disabledEndpoints, AtomicLong::get);
        metrics.gauge(Metadata.builder().withName("jiceng_webhook_delivery_lag_seconds").withDescription(
                "Age of the oldest webhook delivery that is due and not yet sent").build(), deliveryLagSeconds,
                AtomicLong::get);
        metrics.gauge(Metadata.builder().withName("jiceng_events_feed_lag_transactions").withDescription(
                "Transactions between the feed's horizon (the oldest running one) and the newest").build(),
                feedLagTransactions, AtomicLong::get);
        outcomes.put(WebhookDelivery.State.DELIVERED, metrics.counter("jiceng_webhook_deliveries",
                new Tag("outcome", "delivered")));
        outcomes.put(WebhookDelivery.State.PENDING, metrics.counter("jiceng_webhook_deliveries",
                new Tag("outcome", "retry_scheduled")));
        outcomes.put(WebhookDelivery.State.FAILED, metrics.counter("jiceng_webhook_deliveries",
                new Tag("outcome", "failed")));
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
            if (ticks++ % 20 == 0) {
                refreshGauges(lookupConnection());
            }
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
                            outcomes.get(relay.settle(c, sender.send(c.target(), c.delivery().messageId(),
                                    c.secrets(), c.delivery().body().getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                                    .inc();
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "Webhook delivery " + c.delivery().id() + " not settled; its lease "
                                    + "expires and it is sent again", e);
                        } finally {
                            sending.release();
                        }
                    });
                }
            }
        } catch (SQLException e) {
            closeLookup();
            LOG.log(Level.FINE, "Webhook relay tick failed; the next one retries", e);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Webhook relay tick failed; the next one retries", e);
        }
    }

    private void refreshGauges(Connection c) throws SQLException {
        try (PreparedStatement on = c.prepareStatement("select set_config('app.all_tenants', 'on', true)")) {
            on.execute();
        }
        try (PreparedStatement ps = c.prepareStatement("select (select count(*) from webhook_endpoint where not "
                + "enabled), (select coalesce(cast(extract(epoch from now() - min(next_attempt_at)) as bigint), 0) "
                + "from webhook_delivery where state = 'PENDING' and next_attempt_at <= now()), "
                + "cast(cast(pg_snapshot_xmax(pg_current_snapshot()) as text) as bigint) "
                + "- cast(cast(pg_snapshot_xmin(pg_current_snapshot()) as text) as bigint)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            disabledEndpoints.set(rs.getLong(1));
            deliveryLagSeconds.set(Math.max(0, rs.getLong(2)));
            feedLagTransactions.set(rs.getLong(3));
        }
        c.commit();
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
