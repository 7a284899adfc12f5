package org.jiceng.sdk.webhooks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One try of a delivery: the receiver's status (absent when it was not reached), latency and why.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class WebhookAttempt {
    @JsonProperty("id")
    private String id;
    @JsonProperty("attemptedAt")
    private OffsetDateTime attemptedAt;
    @JsonProperty("status")
    private Integer status;
    @JsonProperty("latencyMs")
    private int latencyMs;
    @JsonProperty("responseExcerpt")
    private String responseExcerpt;
    @JsonProperty("error")
    private String error;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private WebhookAttempt() {
    }

    public String id() {
        return id;
    }

    public OffsetDateTime attemptedAt() {
        return attemptedAt;
    }

    public Optional<Integer> status() {
        return Optional.ofNullable(status);
    }

    public int latencyMs() {
        return latencyMs;
    }

    /** The first KiB of the receiver's answer. */
    public Optional<String> responseExcerpt() {
        return Optional.ofNullable(responseExcerpt);
    }

    /** Why there is no status: timeout, refused address, connection error. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
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
        return new Builder(new WebhookAttempt());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static WebhookAttempt copy(WebhookAttempt from) {
        WebhookAttempt c = new WebhookAttempt();
        c.id = from.id;
        c.attemptedAt = from.attemptedAt;
        c.status = from.status;
        c.latencyMs = from.latencyMs;
        c.responseExcerpt = from.responseExcerpt;
        c.error = from.error;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WebhookAttempt)) {
            return false;
        }
        WebhookAttempt other = (WebhookAttempt) o;
        return Objects.equals(id, other.id)
                && Objects.equals(attemptedAt, other.attemptedAt)
                && Objects.equals(status, other.status)
                && latencyMs == other.latencyMs
                && Objects.equals(responseExcerpt, other.responseExcerpt)
                && Objects.equals(error, other.error)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "WebhookAttempt{" + "id=" + id + "}";
    }

    /** Builds a {@link WebhookAttempt}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final WebhookAttempt building;

        private Builder(WebhookAttempt building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder attemptedAt(OffsetDateTime attemptedAt) {
            building.attemptedAt = attemptedAt;
            return this;
        }

        public Builder status(Integer status) {
            building.status = status;
            return this;
        }

        public Builder latencyMs(int latencyMs) {
            building.latencyMs = latencyMs;
            return this;
        }

        public Builder responseExcerpt(String responseExcerpt) {
            building.responseExcerpt = responseExcerpt;
            return this;
        }

        public Builder error(String error) {
            building.error = error;
            return this;
        }

        public WebhookAttempt build() {
            return copy(building);
        }
    }
}
