package org.jiceng.sdk.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link WebhookEndpointService#update}; what is left unset stays as it is.
 */
public final class WebhookEndpointUpdateParams {
    @JsonProperty("url")
    private final String url;
    @JsonProperty("eventTypes")
    private final List<String> eventTypes;
    @JsonProperty("description")
    private final String description;
    @JsonProperty("enabled")
    private final Boolean enabled;

    private WebhookEndpointUpdateParams(Builder b) {
        this.url = b.url;
        this.eventTypes = b.eventTypes;
        this.description = b.description;
        this.enabled = b.enabled;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    public Optional<List<String>> eventTypes() {
        return Optional.ofNullable(eventTypes);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** False disables the endpoint; true enables it again and clears its failure streak. */
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
        if (!(o instanceof WebhookEndpointUpdateParams)) {
            return false;
        }
        WebhookEndpointUpdateParams other = (WebhookEndpointUpdateParams) o;
        return Objects.equals(url, other.url) && Objects.equals(eventTypes, other.eventTypes) && Objects.equals(description, other.description) && Objects.equals(enabled, other.enabled);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, eventTypes, description, enabled);
    }

    /** Builder of {@link WebhookEndpointUpdateParams}. */
    public static final class Builder {
        private String url;
        private List<String> eventTypes;
        private String description;
        private Boolean enabled;

        private Builder() {
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder eventTypes(List<String> eventTypes) {
            this.eventTypes = eventTypes == null ? null : List.copyOf(eventTypes);
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** False disables the endpoint; true enables it again and clears its failure streak. */
        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        public WebhookEndpointUpdateParams build() {
            return new WebhookEndpointUpdateParams(this);
        }
    }
}
