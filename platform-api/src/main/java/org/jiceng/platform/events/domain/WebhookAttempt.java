package org.jiceng.platform.events.domain;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One try of a delivery: the receiver's status (none when it could not be reached), how long it took, and why. */
public record WebhookAttempt(String id, String deliveryId, OffsetDateTime attemptedAt, Optional<Integer> status,
                             int latencyMs, Optional<String> responseExcerpt, Optional<String> error) {
    /** Only a 2xx counts as delivered. */
    public boolean succeeded() {
        return status.map(s -> s >= 200 && s < 300).orElse(false);
    }
}
