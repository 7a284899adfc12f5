package org.jiceng.sdk.events;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event of the tenant in the CloudEvents 1.0 JSON format: what happened ({@link #type()}) to which
 * record ({@link #subject()}), and the record's identifiers, codes, states and times after the change
 * ({@link #data()}); never personal data.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class CloudEvent {
    @JsonProperty("specversion")
    private String specversion;
    @JsonProperty("id")
    private String id;
    @JsonProperty("source")
    private String source;
    @JsonProperty("type")
    private String type;
    @JsonProperty("subject")
    private String subject;
    @JsonProperty("time")
    private OffsetDateTime time;
    @JsonProperty("datacontenttype")
    private String datacontenttype;
    @JsonProperty("data")
    private Map<String, Object> data;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private CloudEvent() {
    }

    /** Always {@code 1.0}. */
    public String specversion() {
        return specversion;
    }

    /** Unique per event; deduplicate on it. */
    public String id() {
        return id;
    }

    /** The tenant: {@code /tenants/{code}}. */
    public String source() {
        return source;
    }

    /** What happened, e.g. {@code case.dispatched}. */
    public String type() {
        return type;
    }

    /** The record: {@code {type}/{id}}, e.g. {@code case/0190…}. */
    public String subject() {
        return subject;
    }

    public OffsetDateTime time() {
        return time;
    }

    public String datacontenttype() {
        return datacontenttype;
    }

    /** The record's public fields after the change. */
    public Map<String, Object> data() {
        return data;
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
        return new Builder(new CloudEvent());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static CloudEvent copy(CloudEvent from) {
        CloudEvent c = new CloudEvent();
        c.specversion = from.specversion;
        c.id = from.id;
        c.source = from.source;
        c.type = from.type;
        c.subject = from.subject;
        c.time = from.time;
        c.datacontenttype = from.datacontenttype;
        c.data = from.data;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CloudEvent)) {
            return false;
        }
        CloudEvent other = (CloudEvent) o;
        return Objects.equals(specversion, other.specversion)
                && Objects.equals(id, other.id)
                && Objects.equals(source, other.source)
                && Objects.equals(type, other.type)
                && Objects.equals(subject, other.subject)
                && Objects.equals(time, other.time)
                && Objects.equals(datacontenttype, other.datacontenttype)
                && Objects.equals(data, other.data)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type);
    }

    @Override
    public String toString() {
        return "CloudEvent{" + "id=" + id + ", " + "type=" + type + "}";
    }

    /** Builds a {@link CloudEvent}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final CloudEvent building;

        private Builder(CloudEvent building) {
            this.building = building;
        }

        public Builder specversion(String specversion) {
            building.specversion = specversion;
            return this;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder source(String source) {
            building.source = source;
            return this;
        }

        public Builder type(String type) {
            building.type = type;
            return this;
        }

        public Builder subject(String subject) {
            building.subject = subject;
            return this;
        }

        public Builder time(OffsetDateTime time) {
            building.time = time;
            return this;
        }

        public Builder datacontenttype(String datacontenttype) {
            building.datacontenttype = datacontenttype;
            return this;
        }

        public Builder data(Map<String, Object> data) {
            building.data = data;
            return this;
        }

        public CloudEvent build() {
            return copy(building);
        }
    }
}
