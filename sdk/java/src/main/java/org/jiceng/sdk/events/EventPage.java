package org.jiceng.sdk.events;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page of the event feed: the events, where to continue, and whether more are already waiting.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class EventPage {
    @JsonProperty("data")
    private List<CloudEvent> data;
    @JsonProperty("nextCursor")
    private String nextCursor;
    @JsonProperty("hasMore")
    private boolean hasMore;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private EventPage() {
    }

    public List<CloudEvent> data() {
        return data;
    }

    /** Where to continue; always present, also when no more events exist yet. */
    public String nextCursor() {
        return nextCursor;
    }

    /** More events are already waiting after {@link #nextCursor()}. */
    public boolean hasMore() {
        return hasMore;
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
        return new Builder(new EventPage());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static EventPage copy(EventPage from) {
        EventPage c = new EventPage();
        c.data = from.data;
        c.nextCursor = from.nextCursor;
        c.hasMore = from.hasMore;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EventPage)) {
            return false;
        }
        EventPage other = (EventPage) o;
        return Objects.equals(data, other.data)
                && Objects.equals(nextCursor, other.nextCursor)
                && hasMore == other.hasMore
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nextCursor);
    }

    @Override
    public String toString() {
        return "EventPage{" + "nextCursor=" + nextCursor + "}";
    }

    /** Builds a {@link EventPage}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final EventPage building;

        private Builder(EventPage building) {
            this.building = building;
        }

        public Builder data(List<CloudEvent> data) {
            building.data = data;
            return this;
        }

        public Builder nextCursor(String nextCursor) {
            building.nextCursor = nextCursor;
            return this;
        }

        public Builder hasMore(boolean hasMore) {
            building.hasMore = hasMore;
            return this;
        }

        public EventPage build() {
            return copy(building);
        }
    }
}
