package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting for {@link TopicService#recordMeeting}.
 * Required: {@code kind}, {@code heldAt}.
 */
public final class TopicMeetingParams {
    @JsonProperty("kind")
    private final TopicMeetingKind kind;
    @JsonProperty("heldAt")
    private final OffsetDateTime heldAt;
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("units")
    private final List<UnitRef> units;
    @JsonProperty("attendance")
    private final Integer attendance;
    @JsonProperty("minutes")
    private final String minutes;
    @JsonProperty("options")
    private final List<String> options;

    private TopicMeetingParams(Builder b) {
        this.kind = Objects.requireNonNull(b.kind, "kind is required");
        this.heldAt = Objects.requireNonNull(b.heldAt, "heldAt is required");
        this.gridId = b.gridId;
        this.units = b.units == null ? null : List.copyOf(b.units);
        this.attendance = b.attendance;
        this.minutes = b.minutes;
        this.options = b.options == null ? null : List.copyOf(b.options);
    }

    public static Builder builder() {
        return new Builder();
    }

    public TopicMeetingKind kind() {
        return kind;
    }

    public OffsetDateTime heldAt() {
        return heldAt;
    }

    /** Default: the topic's venue. */
    public Optional<String> gridId() {
        return Optional.ofNullable(gridId);
    }

    public Optional<List<UnitRef>> units() {
        return Optional.ofNullable(units);
    }

    public Optional<Integer> attendance() {
        return Optional.ofNullable(attendance);
    }

    public Optional<String> minutes() {
        return Optional.ofNullable(minutes);
    }

    public Optional<List<String>> options() {
        return Optional.ofNullable(options);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.kind = kind;
        b.heldAt = heldAt;
        b.gridId = gridId;
        b.units = units;
        b.attendance = attendance;
        b.minutes = minutes;
        b.options = options;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TopicMeetingParams)) {
            return false;
        }
        TopicMeetingParams other = (TopicMeetingParams) o;
        return Objects.equals(kind, other.kind)
                && Objects.equals(heldAt, other.heldAt)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(units, other.units)
                && Objects.equals(attendance, other.attendance)
                && Objects.equals(minutes, other.minutes)
                && Objects.equals(options, other.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, heldAt, gridId, units, attendance, minutes, options);
    }

    /** Builder of {@link TopicMeetingParams}. */
    public static final class Builder {
        private TopicMeetingKind kind;
        private OffsetDateTime heldAt;
        private String gridId;
        private List<UnitRef> units;
        private Integer attendance;
        private String minutes;
        private List<String> options;

        private Builder() {
        }

        public Builder kind(TopicMeetingKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder heldAt(OffsetDateTime heldAt) {
            this.heldAt = heldAt;
            return this;
        }

        /** Default: the topic's venue. */
        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder units(List<UnitRef> units) {
            this.units = units;
            return this;
        }

        public Builder attendance(Integer attendance) {
            this.attendance = attendance;
            return this;
        }

        public Builder minutes(String minutes) {
            this.minutes = minutes;
            return this;
        }

        public Builder options(List<String> options) {
            this.options = options;
            return this;
        }

        public TopicMeetingParams build() {
            return new TopicMeetingParams(this);
        }
    }
}
