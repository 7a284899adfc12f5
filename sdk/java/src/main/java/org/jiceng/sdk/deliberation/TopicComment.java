package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A comment in a topic's online consultation.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class TopicComment {
    @JsonProperty("id")
    private String id;
    @JsonProperty("topicId")
    private String topicId;
    @JsonProperty("body")
    private String body;
    @JsonProperty("state")
    private CommentState state;
    @JsonProperty("mine")
    private boolean mine;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private TopicComment() {
    }

    public String id() {
        return id;
    }

    public String topicId() {
        return topicId;
    }

    public String body() {
        return body;
    }

    public CommentState state() {
        return state;
    }

    /** Whether the caller wrote it. */
    public boolean mine() {
        return mine;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
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
        return new Builder(new TopicComment());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static TopicComment copy(TopicComment from) {
        TopicComment c = new TopicComment();
        c.id = from.id;
        c.topicId = from.topicId;
        c.body = from.body;
        c.state = from.state;
        c.mine = from.mine;
        c.createdAt = from.createdAt;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TopicComment)) {
            return false;
        }
        TopicComment other = (TopicComment) o;
        return Objects.equals(id, other.id)
                && Objects.equals(topicId, other.topicId)
                && Objects.equals(body, other.body)
                && Objects.equals(state, other.state)
                && mine == other.mine
                && Objects.equals(createdAt, other.createdAt)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, topicId, body);
    }

    @Override
    public String toString() {
        return "TopicComment{" + "id=" + id + ", " + "topicId=" + topicId + ", " + "body=" + body + "}";
    }

    /** Builds a {@link TopicComment}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final TopicComment building;

        private Builder(TopicComment building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder topicId(String topicId) {
            building.topicId = topicId;
            return this;
        }

        public Builder body(String body) {
            building.body = body;
            return this;
        }

        public Builder state(CommentState state) {
            building.state = state;
            return this;
        }

        public Builder mine(boolean mine) {
            building.mine = mine;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public TopicComment build() {
            return copy(building);
        }
    }
}
