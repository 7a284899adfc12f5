package org.jiceng.sdk.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Which events to read: after a cursor, of some types, how many, and how long to wait for one. */
public final class EventListParams {
    private final String after;
    private final List<String> types;
    private final Integer limit;
    private final Integer waitSeconds;

    private EventListParams(Builder b) {
        this.after = b.after;
        this.types = List.copyOf(b.types);
        this.limit = b.limit;
        this.waitSeconds = b.waitSeconds;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** From the oldest event kept, of every type the caller may read. */
    public static EventListParams none() {
        return builder().build();
    }

    /** A {@link EventPage#nextCursor()} or {@link EventStream#cursor()}; empty: from the oldest event kept. */
    public Optional<String> after() {
        return Optional.ofNullable(after);
    }

    /** Types ({@code wish.confirmed}) or families ({@code case.*}); empty: every type. */
    public List<String> types() {
        return types;
    }

    /** Page size, 1-500 (default 50). */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    /** Seconds (0-20) the platform holds a request open while no event has arrived yet. */
    public Optional<Integer> waitSeconds() {
        return Optional.ofNullable(waitSeconds);
    }

    public Builder toBuilder() {
        return new Builder().after(after).types(types).limit(limit).waitSeconds(waitSeconds);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EventListParams)) {
            return false;
        }
        EventListParams other = (EventListParams) o;
        return Objects.equals(after, other.after) && types.equals(other.types) && Objects.equals(limit, other.limit)
                && Objects.equals(waitSeconds, other.waitSeconds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(after, types, limit, waitSeconds);
    }

    /** Builder of {@link EventListParams}. */
    public static final class Builder {
        private String after;
        private List<String> types = List.of();
        private Integer limit;
        private Integer waitSeconds;

        private Builder() {
        }

        public Builder after(String cursor) {
            this.after = cursor;
            return this;
        }

        public Builder types(List<String> types) {
            this.types = types == null ? List.of() : List.copyOf(types);
            return this;
        }

        public Builder types(String... types) {
            return types(List.of(types));
        }

        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public Builder waitSeconds(Integer seconds) {
            this.waitSeconds = seconds;
            return this;
        }

        public EventListParams build() {
            return new EventListParams(this);
        }
    }
}
