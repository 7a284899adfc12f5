package org.jiceng.platform.events.domain;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One message to one endpoint — an event or a test ping — with the exact body sent on every attempt; its
 * {@code messageId} is the {@code webhook-id} receivers deduplicate on.
 */
public record WebhookDelivery(String id, String endpointId, String messageId, String eventType, String body,
                              State state, int attempts, Optional<OffsetDateTime> nextAttemptAt,
                              Optional<Integer> lastStatus, OffsetDateTime createdAt,
                              Optional<OffsetDateTime> deliveredAt) {
    public enum State { PENDING, DELIVERED, FAILED }
}
