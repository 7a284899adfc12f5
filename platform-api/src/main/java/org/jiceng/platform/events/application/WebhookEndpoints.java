package org.jiceng.platform.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jiceng.platform.events.domain.EventFeedRepository;
import org.jiceng.platform.events.domain.EventTypes;
import org.jiceng.platform.events.domain.FeedPosition;
import org.jiceng.platform.events.domain.TargetGuard;
import org.jiceng.platform.events.domain.WebhookAttempt;
import org.jiceng.platform.events.domain.WebhookDelivery;
import org.jiceng.platform.events.domain.WebhookEndpoint;
import org.jiceng.platform.events.domain.WebhookRepository;
import org.jiceng.platform.events.domain.WebhookSignature;
import org.jiceng.platform.events.domain.WebhookUrls;

import org.jiceng.platform.shared.config.PlatformConfig;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.Slice;
import org.jiceng.platform.shared.events.Outbox;
import org.jiceng.platform.shared.persistence.Ids;
import org.jiceng.platform.shared.persistence.TenantDatabase;
import org.jiceng.platform.shared.pii.Disclosure;
import org.jiceng.platform.shared.security.AccessDenied;
import org.jiceng.platform.shared.security.Caller;
import org.jiceng.platform.shared.security.CallerContext;
import org.jiceng.platform.shared.tenant.Tenant;

import jakarta.json.Json;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Webhook endpoints as their owners manage them. An endpoint belongs to the application (client) that created it;
 * only that application — or a tenant administrator — sees and changes it, and to anyone else it does not exist.
 * Endpoints are for applications: a person's own token cannot create one.
 */
@ApplicationScoped
@Transactional
public class WebhookEndpoints {
    static final String SECRET_COLUMN = "webhook_endpoint.secret";
    private static final int MAX_DESCRIPTION = 500;

    @Inject
    WebhookRepository repo;
    @Inject
    EventFeedRepository feed;
    @Inject
    CallerContext callers;
    @Inject
    Disclosure disclosure;
    @Inject
    TargetGuard guard;
    @Inject
    PlatformConfig config;
    @Inject
    TenantDatabase db;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** An endpoint with its secret in the clear: shown once, when created or rotated. */
    public record WithSecret(WebhookEndpoint endpoint, String secret) {
    }

    /** A delivery with its attempts, oldest first. */
    public record DeliveryLog(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
    }

    public WithSecret create(String url, List<String> eventTypes, String description, Boolean enabled) {
        Caller c = manager();
        URI target = target(url);
        String secret = WebhookSignature.newSecret();
        OffsetDateTime now = now();
        // it receives what happens from now on: everything the feed cannot show yet is still ahead of it
        FeedPosition from = new FeedPosition(feed.horizon() - 1, Long.MAX_VALUE);
        WebhookEndpoint e = new WebhookEndpoint(Ids.newId(), c.clientId(), c.subject(), c.roles(), target,
                description(description), EventTypes.of("eventTypes", eventTypes), enabled == null || enabled,
                enabled == null || enabled ? null : "disabled by its owner", disclosure.seal(SECRET_COLUMN, secret),
                null, null, from, null, 1, now, now);
        repo.insert(e);
        outbox.record("webhook_endpoint.created", "webhook_endpoint", e.id(), Map.of("id", e.id()));
        return new WithSecret(e, secret);
    }

    public WebhookEndpoint get(String id) {
        return owned(id, false);
    }

    public Slice<WebhookEndpoint> list(String afterId, int limit) {
        Caller c = manager();
        return Slice.of(repo.page(isAdmin(c) ? null : c.clientId(), afterId, limit + 1), limit);
    }

    public WebhookEndpoint update(String id, long expectedVersion, String url, List<String> eventTypes,
                                  String description, Boolean enabled) {
        WebhookEndpoint e = owned(id, true);
        e.requireVersion(expectedVersion);
        // a blank description clears it: the endpoint's change() takes "" for none
        e.change(url == null ? null : target(url), description == null ? null : checkedLength(description),
                eventTypes == null ? null : EventTypes.of("eventTypes", eventTypes), enabled, now());
        repo.update(e);
        outbox.record("webhook_endpoint.updated", "webhook_endpoint", e.id(), Map.of("id", e.id(), "version",
                e.version()));
        return e;
    }

    public void delete(String id, long expectedVersion) {
        WebhookEndpoint e = owned(id, true);
        e.requireVersion(expectedVersion);
        repo.delete(e.id());
        outbox.record("webhook_endpoint.deleted", "webhook_endpoint", e.id(), Map.of("id", e.id()));
    }

    /** A new secret; the previous one keeps signing alongside it for {@code overlap} (default from settings). */
    public WithSecret rotateSecret(String id, long expectedVersion, Integer overlapSeconds) {
        WebhookEndpoint e = owned(id, true);
        e.requireVersion(expectedVersion);
        String secret = WebhookSignature.newSecret();
        e.rotate(disclosure.seal(SECRET_COLUMN, secret), overlapSeconds == null ? config.webhookRotationOverlap()
                : Duration.ofSeconds(overlapSeconds), now());
        repo.update(e);
        outbox.record("webhook_endpoint.secret_rotated", "webhook_endpoint", e.id(), Map.of("id", e.id()));
        return new WithSecret(e, secret);
    }

    /** A test message ({@code webhook.ping}) queued for the endpoint now; its delivery log shows how it went. */
    public WebhookDelivery ping(String id) {
        WebhookEndpoint e = owned(id, false);
        e.requireEnabled();
        OffsetDateTime now = now();
        String messageId = Ids.newId();
        CloudEvent ping = new CloudEvent(messageId, CloudEvent.source(callers.get().tenantId()), "webhook.ping",
                "webhook_endpoint/" + e.id(), now, Json.createObjectBuilder().add("endpointId", e.id()).build());
        WebhookDelivery d = new WebhookDelivery(Ids.newId(), e.id(), messageId, ping.type(), ping.toJson(),
                WebhookDelivery.State.PENDING, 0, Optional.of(now), Optional.empty(), now, Optional.empty());
        repo.insertDelivery(d);
        return d;
    }

    public List<WebhookDelivery> deliveries(String endpointId, String beforeId, int limit) {
        return repo.deliveries(owned(endpointId, false).id(), beforeId, limit + 1);
    }

    public DeliveryLog delivery(String endpointId, String deliveryId) {
        WebhookDelivery d = repo.delivery(owned(endpointId, false).id(), deliveryId, false)
                .orElseThrow(() -> new RecordNotFound("webhook-delivery", deliveryId));
        return new DeliveryLog(d, repo.attempts(d.id()));
    }

    /** Sends a delivery again, now, as a fresh series of attempts with the same {@code webhook-id}. */
    public DeliveryLog redeliver(String endpointId, String deliveryId) {
        WebhookEndpoint e = owned(endpointId, false);
        e.requireEnabled();
        WebhookDelivery d = repo.delivery(e.id(), deliveryId, true)
                .orElseThrow(() -> new RecordNotFound("webhook-delivery", deliveryId));
        if (d.state() == WebhookDelivery.State.PENDING) {
            throw new org.jiceng.platform.shared.domain.StateConflict("The delivery is still being attempted");
        }
        repo.requeue(d.id(), now());
        return delivery(e.id(), d.id());
    }

    /** Every endpoint of the tenant, whoever owns it, for the platform's administrators. */
    public Slice<WebhookEndpoint> listFor(Tenant tenant, String afterId, int limit) {
        db.em(tenant.id());
        return Slice.of(repo.page(null, afterId, limit + 1), limit);
    }

    public WebhookEndpoint getFor(Tenant tenant, String id) {
        db.em(tenant.id());
        return repo.find(id, false).orElseThrow(() -> new RecordNotFound("webhook-endpoint", id));
    }

    /**
     * The platform's administrators stop or restart deliveries to one of the tenant's endpoints (a receiver that
     * misbehaves, one fixed after it was disabled); the owner sees why it stopped and may enable it again.
     */
    public WebhookEndpoint setEnabledFor(Tenant tenant, String id, long expectedVersion, boolean enabled) {
        db.em(tenant.id());
        WebhookEndpoint e = repo.find(id, true).orElseThrow(() -> new RecordNotFound("webhook-endpoint", id));
        e.requireVersion(expectedVersion);
        if (enabled) {
            e.change(null, null, null, true, now());
        } else {
            e.disableByPlatform(now());
        }
        repo.update(e);
        outbox.record("webhook_endpoint.updated", "webhook_endpoint", e.id(), Map.of("id", e.id(), "version",
                e.version()));
        return e;
    }

    private WebhookEndpoint owned(String id, boolean lock) {
        Caller c = manager();
        return repo.find(id, lock).filter(e -> isAdmin(c) || e.clientId().equals(c.clientId()))
                .orElseThrow(() -> new RecordNotFound("webhook-endpoint", id));
    }

    private Caller manager() {
        Caller c = callers.get();
        if (!c.serviceAccount() && !isAdmin(c)) {
            throw new AccessDenied("Webhook endpoints belong to applications: call with the application's own "
                    + "token (client credentials)");
        }
        return c;
    }

    private static boolean isAdmin(Caller c) {
        return c.roles().contains("tenant-admin");
    }

    private URI target(String url) {
        URI target = WebhookUrls.check(url, config.webhooksAllowLoopback());
        guard.check(target);
        return target;
    }

    private static String description(String d) {
        String checked = checkedLength(d);
        return checked == null || checked.isBlank() ? null : checked.strip();
    }

    private static String checkedLength(String d) {
        if (d != null && d.length() > MAX_DESCRIPTION) {
            throw new RuleViolation("description", "at most " + MAX_DESCRIPTION + " characters");
        }
        return d;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
