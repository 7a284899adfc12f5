package org.jiceng.platform.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jiceng.platform.events.domain.EventFeedRepository;
import org.jiceng.platform.events.domain.FeedEvent;
import org.jiceng.platform.events.domain.FeedPage;
import org.jiceng.platform.events.domain.RetrySchedule;
import org.jiceng.platform.events.domain.WebhookAttempt;
import org.jiceng.platform.events.domain.WebhookDelivery;
import org.jiceng.platform.events.domain.WebhookEndpoint;
import org.jiceng.platform.events.domain.WebhookRepository;
import org.jiceng.platform.events.domain.WebhookSender;
import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.events.EventScope;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.pii.Disclosure;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.Permission;
import org.jiceng.platform.shared.tenant.Tenant;
import org.jiceng.platform.shared.tenant.TenantRegistry;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The work of delivering webhooks, one tenant and one short transaction at a time, so that any number of
 * instances share it: {@link #fanOut} turns new events into deliveries for the endpoints whose owners may read
 * them; {@link #claim} leases due deliveries (skipping those another instance holds); the POST happens outside
 * any transaction; {@link #settle} records the attempt and schedules the next one, disables endpoints that fail
 * for good, and never stores a delivery twice. Delivery is at least once: receivers deduplicate on
 * {@code webhook-id}.
 */
@ApplicationScoped
public class WebhookRelay {
    static final int FAN_OUT_BATCH = 200;
    /** A position more than this many transactions behind is saved even when no event matched. */
    private static final long POSITION_LAG = 1_000;
    static final Duration LEASE = Duration.ofSeconds(60);

    @Inject
    TenantDatabase db;
    @Inject
    TenantRegistry tenants;
    @Inject
    WebhookRepository repo;
    @Inject
    EventFeedRepository feed;
    @Inject
    EventReaders readers;
    @Inject
    Disclosure disclosure;
    @Inject
    PlatformConfig config;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** A delivery leased to this instance, with what it takes to send it. */
    public record Claimed(String tenantId, WebhookDelivery delivery, URI target, List<String> secrets) {
    }

    /** New events of the tenant to its enabled endpoints, as each endpoint's owner may read them. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fanOut(String tenantId) {
        db.em(tenantId);
        Optional<Tenant> tenant = tenants.byId(tenantId).filter(Tenant::isActive);
        if (tenant.isEmpty()) {
            return 0;
        }
        long horizon = feed.horizon();
        OffsetDateTime now = now();
        int queued = 0;
        for (WebhookEndpoint e : repo.lockEnabledForFanOut()) {
            // the owner's reach as of now, the moment the events are handed on: as it was when they happened,
            // give or take the relay's half second
            Caller owner = new Caller(tenant.get(), e.ownerSubject(), e.clientId(), e.ownerRoles(),
                    Permission.of(e.ownerRoles()), true);
            List<FeedEvent> found = feed.after(readers.of(owner), e.position(), e.eventTypes(), horizon,
                    FAN_OUT_BATCH + 1);
            FeedPage page = FeedPage.of(found, FAN_OUT_BATCH, e.position(), horizon);
            for (FeedEvent event : page.events()) {
                CloudEvent body = CloudEvent.of(tenantId, event);
                repo.insertDelivery(new WebhookDelivery(Ids.newId(), e.id(), event.id(), event.type(), body.toJson(),
                        WebhookDelivery.State.PENDING, 0, Optional.of(now), Optional.empty(), now, Optional.empty()));
                queued++;
            }
            if (!page.events().isEmpty() || page.next().tx() - e.position().tx() > POSITION_LAG) {
                e.advance(page.next());
                repo.update(e);
            }
        }
        return queued;
    }

    /** Leases up to {@code limit} due deliveries of the tenant to this instance. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(String tenantId, int limit) {
        db.em(tenantId);
        OffsetDateTime now = now();
        List<Claimed> claimed = new ArrayList<>();
        for (WebhookDelivery d : repo.claimDue(now, now.plus(LEASE), limit)) {
            WebhookEndpoint e = repo.find(d.endpointId(), false).orElseThrow();
            List<String> secrets = e.signingSecretsSealed(now).stream()
                    .map(s -> disclosure.openFor(tenantId, WebhookEndpoints.SECRET_COLUMN, s)).toList();
            claimed.add(new Claimed(tenantId, d, e.url(), secrets));
        }
        return claimed;
    }

    /**
     * Records how an attempt went and what follows: delivered, another attempt later ({@code PENDING}), or failed
     * for good; returns which.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public WebhookDelivery.State settle(Claimed c, WebhookSender.Result result) {
        db.em(c.tenantId());
        OffsetDateTime now = now();
        WebhookDelivery d = c.delivery();
        repo.recordAttempt(new WebhookAttempt(Ids.newId(), d.id(), now, result.status(), result.latencyMs(),
                result.responseExcerpt(), result.error()));
        Optional<WebhookEndpoint> endpoint = repo.find(d.endpointId(), true);
        if (endpoint.isEmpty()) {
            return WebhookDelivery.State.FAILED; // deleted meanwhile, and its deliveries with it
        }
        WebhookEndpoint e = endpoint.get();
        if (result.delivered()) {
            repo.settle(d.id(), WebhookDelivery.State.DELIVERED, result.status().orElse(null), null, now);
            if (e.failingSince().isPresent()) {
                e.delivered();
                repo.update(e);
            }
            return WebhookDelivery.State.DELIVERED;
        }
        int status = result.status().orElse(0);
        boolean wasFailing = e.failingSince().isPresent();
        boolean disabled = e.failed(status, config.webhookDisableAfter(), now);
        Optional<Duration> wait = disabled ? Optional.empty()
                : new RetrySchedule(config.webhookRetrySchedule()).next(d.attempts(), result.retryAfter(),
                ThreadLocalRandom.current());
        WebhookDelivery.State next = wait.isPresent() ? WebhookDelivery.State.PENDING : WebhookDelivery.State.FAILED;
        repo.settle(d.id(), next, result.status().orElse(null), wait.map(now::plus).orElse(null), null);
        if (disabled || !wasFailing) {
            repo.update(e);
        }
        if (disabled) {
            outbox.recordAnonymous("webhook_endpoint.disabled", "webhook_endpoint", e.id(), Map.of("id", e.id()),
                    EventScope.FAMILY);
        }
        return next;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
