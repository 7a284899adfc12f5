package org.jiceng.platform.events.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of webhook endpoints and their delivery log. */
public final class WebhookDtos {
    private WebhookDtos() {
    }

    @Schema(name = "WebhookEndpointRequest")
    public record EndpointRequest(
            @Schema(description = "https URL the platform posts to; public addresses only") String url,
            @Schema(description = "Types or families (case.*); empty or * for every event the client may read")
            List<String> eventTypes,
            String description,
            @Schema(description = "Default true") Boolean enabled) {
    }

    @Schema(name = "WebhookEndpointPatch")
    public record EndpointPatch(String url, List<String> eventTypes, String description, Boolean enabled) {
    }

    @Schema(name = "WebhookSecretRotation")
    public record RotateRequest(
            @Schema(description = "Seconds the previous secret keeps signing too (default 24 h, at most 7 days)")
            Integer overlapSeconds) {
    }

    @Schema(name = "WebhookEndpoint")
    public record EndpointDto(
            String id,
            String url,
            String description,
            List<String> eventTypes,
            boolean enabled,
            @Schema(description = "Why it is disabled: by its owner, a 410 Gone, or failing for too long")
            String disabledReason,
            @Schema(description = "The application it belongs to") String clientId,
            @Schema(description = "whsec_…: only in the answer that created or rotated it; keep it safe")
            String secret,
            @Schema(description = "Until when the previous secret signs too, after a rotation")
            OffsetDateTime previousSecretExpiresAt,
            @Schema(description = "Every delivery has failed since then") OffsetDateTime failingSince,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
    }

    /** OpenAPI shape of a page of endpoints. */
    @Schema(name = "WebhookEndpointPage")
    static final class EndpointPageSchema {
        public List<EndpointDto> data;
        @Schema(nullable = true)
        public String nextCursor;
    }

    @Schema(name = "WebhookAttempt")
    public record AttemptDto(String id, OffsetDateTime attemptedAt,
                             @Schema(description = "The receiver's HTTP status; absent when it was not reached")
                             Integer status,
                             int latencyMs,
                             @Schema(description = "The first KiB of the receiver's answer") String responseExcerpt,
                             @Schema(description = "Why no status: timeout, refused address, connection error")
                             String error) {
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryDto(
            String id,
            String endpointId,
            @Schema(description = "The webhook-id header: the same on every attempt and redelivery")
            String messageId,
            String eventType,
            @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"}) String state,
            int attempts,
            OffsetDateTime nextAttemptAt,
            Integer lastStatus,
            OffsetDateTime createdAt,
            OffsetDateTime deliveredAt,
            @Schema(description = "Every attempt, oldest first; only when one delivery is read")
            List<AttemptDto> attemptLog) {
    }
}
