package org.jiceng.sdk.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link WebhookEndpointService#create}.
 */
public final class WebhookEndpointCreateParams {
    @JsonProperty("url")
    private final String url;
    @JsonProperty("eventTypes")
    private final List<String> eventTypes;
    @JsonProperty("description")
    private final String description;
    @JsonProperty("enabled")
    private final Boolean enabled;

    private WebhookEndpointCreateParams(Builder b) {
        this.url = Objects.requireNonNull(b.url, "url");
        this.eventTypes = b.eventTypes;
        this.description = b.description;
        this.enabled = b.enabled;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** https URL on a public address. */
    public String url() {
        return url;
    }

    /** Types or families ({@code case.*}); empty for every event the client may read. */
    public Optional<List<String>> eventTypes() {
        return Optional.ofNullable(eventTypes);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** Default true. */
    public Optional<Boolean> enabled() {
        return Optional.ofNullable(enabled);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.url = url;
        b.eventTypes = eventTypes;
        b.description = description;
        b.enabled = enabled;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WebhookEndpointCreateParams)) {
            return false;
        }
        WebhookEndpointCreateParams other = (WebhookEndpointCreateParams) o;
        return Objects.equals(url, other.url) && Objects.equals(eventTypes, other.eventTypes) && Objects.equals(description, other.description) && Objects.equals(enabled, other.enabled);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, eventTypes, description, enabled);
    }

    /** Builder of {@link WebhookEndpointCreateParams}. */
    public static final class Builder {
        private String url;
        private List<String> eventTypes;
        private String description;
        private Boolean enabled;

        private Builder() {
        }

        /** https URL on a public address. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** Types or families ({@code case.*}); empty for every event the client may read. */
        public Builder eventTypes(List<String> eventTypes) {
            this.eventTypes = eventTypes == null ? null : List.copyOf(eventTypes);
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Default true. */
        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        public WebhookEndpointCreateParams build() {
            return new WebhookEndpointCreateParams(this);
        }
    }
}
