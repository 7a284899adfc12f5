package org.jiceng.sdk.webhooks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One message to one endpoint, retried on the Standard Webhooks schedule until delivered or given up.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class WebhookDelivery {
    @JsonProperty("id")
    private String id;
    @JsonProperty("endpointId")
    private String endpointId;
    @JsonProperty("messageId")
    private String messageId;
    @JsonProperty("eventType")
    private String eventType;
    @JsonProperty("state")
    private DeliveryState state;
    @JsonProperty("attempts")
    private int attempts;
    @JsonProperty("nextAttemptAt")
    private OffsetDateTime nextAttemptAt;
    @JsonProperty("lastStatus")
    private Integer lastStatus;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;
    @JsonProperty("deliveredAt")
    private OffsetDateTime deliveredAt;
    @JsonProperty("attemptLog")
    private List<WebhookAttempt> attemptLog;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private WebhookDelivery() {
    }

    public String id() {
        return id;
    }

    public String endpointId() {
        return endpointId;
    }

    /** The {@code webhook-id} header: the same on every attempt and redelivery. */
    public String messageId() {
        return messageId;
    }

    public String eventType() {
        return eventType;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<OffsetDateTime> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<Integer> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Optional<OffsetDateTime> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }

    /** Every attempt, oldest first; only when one delivery is read. */
    public Optional<List<WebhookAttempt>> attemptLog() {
        return Optional.ofNullable(attemptLog);
    }

    /** JSON fields this SDK version does not model. */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    private void putAdditionalProperty(String key, Object value) {
        additionalProperties.put(key, value);
    }

    public static Builder builder() {
        return new Builder(new WebhookDelivery());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static WebhookDelivery copy(WebhookDelivery from) {
        WebhookDelivery c = new WebhookDelivery();
        c.id = from.id;
        c.endpointId = from.endpointId;
        c.messageId = from.messageId;
        c.eventType = from.eventType;
        c.state = from.state;
        c.attempts = from.attempts;
        c.nextAttemptAt = from.nextAttemptAt;
        c.lastStatus = from.lastStatus;
        c.createdAt = from.createdAt;
        c.deliveredAt = from.deliveredAt;
        c.attemptLog = from.attemptLog;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WebhookDelivery)) {
            return false;
        }
        WebhookDelivery other = (WebhookDelivery) o;
        return Objects.equals(id, other.id)
                && Objects.equals(endpointId, other.endpointId)
                && Objects.equals(messageId, other.messageId)
                && Objects.equals(eventType, other.eventType)
                && Objects.equals(state, other.state)
                && attempts == other.attempts
                && Objects.equals(nextAttemptAt, other.nextAttemptAt)
                && Objects.equals(lastStatus, other.lastStatus)
                && Objects.equals(createdAt, other.createdAt)
                && Objects.equals(deliveredAt, other.deliveredAt)
                && Objects.equals(attemptLog, other.attemptLog)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "WebhookDelivery{" + "id=" + id + "}";
    }

    /** Builds a {@link WebhookDelivery}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final WebhookDelivery building;

        private Builder(WebhookDelivery building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder endpointId(String endpointId) {
            building.endpointId = endpointId;
            return this;
        }

        public Builder messageId(String messageId) {
            building.messageId = messageId;
            return this;
        }

        public Builder eventType(String eventType) {
            building.eventType = eventType;
            return this;
        }

        public Builder state(DeliveryState state) {
            building.state = state;
            return this;
        }

        public Builder attempts(int attempts) {
            building.attempts = attempts;
            return this;
        }

        public Builder nextAttemptAt(OffsetDateTime nextAttemptAt) {
            building.nextAttemptAt = nextAttemptAt;
            return this;
        }

        public Builder lastStatus(Integer lastStatus) {
            building.lastStatus = lastStatus;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public Builder deliveredAt(OffsetDateTime deliveredAt) {
            building.deliveredAt = deliveredAt;
            return this;
        }

        public Builder attemptLog(List<WebhookAttempt> attemptLog) {
            building.attemptLog = attemptLog;
            return this;
        }

        public WebhookDelivery build() {
            return copy(building);
        }
    }
}
