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
 * A place where the platform posts the events this client may read, signed per Standard Webhooks.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class WebhookEndpoint {
    @JsonProperty("id")
    private String id;
    @JsonProperty("url")
    private String url;
    @JsonProperty("description")
    private String description;
    @JsonProperty("eventTypes")
    private List<String> eventTypes;
    @JsonProperty("enabled")
    private boolean enabled;
    @JsonProperty("disabledReason")
    private String disabledReason;
    @JsonProperty("clientId")
    private String clientId;
    @JsonProperty("secret")
    private String secret;
    @JsonProperty("previousSecretExpiresAt")
    private OffsetDateTime previousSecretExpiresAt;
    @JsonProperty("failingSince")
    private OffsetDateTime failingSince;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;
    @JsonProperty("updatedAt")
    private OffsetDateTime updatedAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private WebhookEndpoint() {
    }

    public String id() {
        return id;
    }

    public String url() {
        return url;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** Types or families ({@code case.*}); empty for every event the client may read. */
    public List<String> eventTypes() {
        return eventTypes;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Why it is disabled: by its owner, a 410 Gone, or failing for too long. */
    public Optional<String> disabledReason() {
        return Optional.ofNullable(disabledReason);
    }

    /** The application it belongs to. */
    public String clientId() {
        return clientId;
    }

    /** {@code whsec_…}: only on the answer that created or rotated it. */
    public Optional<String> secret() {
        return Optional.ofNullable(secret);
    }

    /** Until when the previous secret signs too, after a rotation. */
    public Optional<OffsetDateTime> previousSecretExpiresAt() {
        return Optional.ofNullable(previousSecretExpiresAt);
    }

    /** Every delivery has failed since then. */
    public Optional<OffsetDateTime> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
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
        return new Builder(new WebhookEndpoint());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static WebhookEndpoint copy(WebhookEndpoint from) {
        WebhookEndpoint c = new WebhookEndpoint();
        c.id = from.id;
        c.url = from.url;
        c.description = from.description;
        c.eventTypes = from.eventTypes;
        c.enabled = from.enabled;
        c.disabledReason = from.disabledReason;
        c.clientId = from.clientId;
        c.secret = from.secret;
        c.previousSecretExpiresAt = from.previousSecretExpiresAt;
        c.failingSince = from.failingSince;
        c.version = from.version;
        c.createdAt = from.createdAt;
        c.updatedAt = from.updatedAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WebhookEndpoint)) {
            return false;
        }
        WebhookEndpoint other = (WebhookEndpoint) o;
        return Objects.equals(id, other.id)
                && Objects.equals(url, other.url)
                && Objects.equals(description, other.description)
                && Objects.equals(eventTypes, other.eventTypes)
                && enabled == other.enabled
                && Objects.equals(disabledReason, other.disabledReason)
                && Objects.equals(clientId, other.clientId)
                && Objects.equals(secret, other.secret)
                && Objects.equals(previousSecretExpiresAt, other.previousSecretExpiresAt)
                && Objects.equals(failingSince, other.failingSince)
                && version == other.version
                && Objects.equals(createdAt, other.createdAt)
                && Objects.equals(updatedAt, other.updatedAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "WebhookEndpoint{" + "id=" + id + "}";
    }

    /** Builds a {@link WebhookEndpoint}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final WebhookEndpoint building;

        private Builder(WebhookEndpoint building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder url(String url) {
            building.url = url;
            return this;
        }

        public Builder description(String description) {
            building.description = description;
            return this;
        }

        public Builder eventTypes(List<String> eventTypes) {
            building.eventTypes = eventTypes;
            return this;
        }

        public Builder enabled(boolean enabled) {
            building.enabled = enabled;
            return this;
        }

        public Builder disabledReason(String disabledReason) {
            building.disabledReason = disabledReason;
            return this;
        }

        public Builder clientId(String clientId) {
            building.clientId = clientId;
            return this;
        }

        public Builder secret(String secret) {
            building.secret = secret;
            return this;
        }

        public Builder previousSecretExpiresAt(OffsetDateTime previousSecretExpiresAt) {
            building.previousSecretExpiresAt = previousSecretExpiresAt;
            return this;
        }

        public Builder failingSince(OffsetDateTime failingSince) {
            building.failingSince = failingSince;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public Builder updatedAt(OffsetDateTime updatedAt) {
            building.updatedAt = updatedAt;
            return this;
        }

        public WebhookEndpoint build() {
            return copy(building);
        }
    }
}
