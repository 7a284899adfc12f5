package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Resources counted by kind and provider.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class ResourceCount {
    @JsonProperty("kind")
    private String kind;
    @JsonProperty("providerKind")
    private String providerKind;
    @JsonProperty("inside")
    private boolean inside;
    @JsonProperty("count")
    private long count;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private ResourceCount() {
    }

    public String kind() {
        return kind;
    }

    public String providerKind() {
        return providerKind;
    }

    public boolean inside() {
        return inside;
    }

    public long count() {
        return count;
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
        return new Builder(new ResourceCount());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static ResourceCount copy(ResourceCount from) {
        ResourceCount c = new ResourceCount();
        c.kind = from.kind;
        c.providerKind = from.providerKind;
        c.inside = from.inside;
        c.count = from.count;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ResourceCount)) {
            return false;
        }
        ResourceCount other = (ResourceCount) o;
        return Objects.equals(kind, other.kind)
                && Objects.equals(providerKind, other.providerKind)
                && inside == other.inside
                && count == other.count
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, providerKind, inside);
    }

    @Override
    public String toString() {
        return "ResourceCount{" + "kind=" + kind + ", " + "providerKind=" + providerKind + ", " + "inside=" + inside + "}";
    }

    /** Builds a {@link ResourceCount}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final ResourceCount building;

        private Builder(ResourceCount building) {
            this.building = building;
        }

        public Builder kind(String kind) {
            building.kind = kind;
            return this;
        }

        public Builder providerKind(String providerKind) {
            building.providerKind = providerKind;
            return this;
        }

        public Builder inside(boolean inside) {
            building.inside = inside;
            return this;
        }

        public Builder count(long count) {
            building.count = count;
            return this;
        }

        public ResourceCount build() {
            return copy(building);
        }
    }
}
