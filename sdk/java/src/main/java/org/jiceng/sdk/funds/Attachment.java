package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An invoice or receipt: its URL and SHA-256.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Attachment {
    @JsonProperty("url")
    private String url;
    @JsonProperty("sha256")
    private String sha256;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Attachment() {
    }

    public String url() {
        return url;
    }

    public String sha256() {
        return sha256;
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
        return new Builder(new Attachment());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Attachment copy(Attachment from) {
        Attachment c = new Attachment();
        c.url = from.url;
        c.sha256 = from.sha256;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Attachment)) {
            return false;
        }
        Attachment other = (Attachment) o;
        return Objects.equals(url, other.url)
                && Objects.equals(sha256, other.sha256)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, sha256);
    }

    @Override
    public String toString() {
        return "Attachment{" + "url=" + url + ", " + "sha256=" + sha256 + "}";
    }

    /** Builds a {@link Attachment}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Attachment building;

        private Builder(Attachment building) {
            this.building = building;
        }

        public Builder url(String url) {
            building.url = url;
            return this;
        }

        public Builder sha256(String sha256) {
            building.sha256 = sha256;
            return this;
        }

        public Attachment build() {
            return copy(building);
        }
    }
}
