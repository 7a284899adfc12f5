package org.jiceng.platform.events.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Webhook endpoints, their deliveries and attempts, in the tenant the transaction serves. */
public interface WebhookRepository {
    void insert(WebhookEndpoint e);

    void update(WebhookEndpoint e);

    void delete(String endpointId);

    Optional<WebhookEndpoint> find(String id, boolean lock);

    /** Endpoints after {@code afterId} in id order: the client's own, or every one of the tenant when null. */
    List<WebhookEndpoint> page(String clientIdOrNull, String afterId, int limit);

    /** The tenant's enabled endpoints not locked by another relay right now, locked for this transaction. */
    List<WebhookEndpoint> lockEnabledForFanOut();

    void insertDelivery(WebhookDelivery d);

    Optional<WebhookDelivery> delivery(String endpointId, String deliveryId, boolean lock);

    /** Deliveries of the endpoint, newest first, before {@code beforeId}. */
    List<WebhookDelivery> deliveries(String endpointId, String beforeId, int limit);

    List<WebhookAttempt> attempts(String deliveryId);

    /** Claims due deliveries of enabled endpoints for {@code leaseUntil}, counting the attempt about to be made. */
    List<WebhookDelivery> claimDue(OffsetDateTime now, OffsetDateTime leaseUntil, int limit);

    void recordAttempt(WebhookAttempt a);

    /** The delivery's state after an attempt: delivered, failed for good, or pending until {@code nextAttemptAt}. */
    void settle(String deliveryId, WebhookDelivery.State state, Integer lastStatus, OffsetDateTime nextAttemptAt,
                OffsetDateTime deliveredAt);

    /** Sends the delivery again now, as a fresh series of attempts. */
    void requeue(String deliveryId, OffsetDateTime now);
}
