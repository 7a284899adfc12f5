package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A meeting to record: kind GROUP_MEETING, BRANCH_COMMITTEE_MEETING, GENERAL_MEMBERS_MEETING, PARTY_LECTURE or
 * THEMED_PARTY_DAY. Build with {@link #builder()}; immutable.
 */
public final class MeetingParams {
    @JsonProperty("kind") private final MeetingKind kind;
    @JsonProperty("title") private final String title;
    @JsonProperty("heldOn") private final LocalDate heldOn;
    @JsonProperty("place") private final String place;
    @JsonProperty("summary") private final String summary;
    @JsonProperty("attendance") private final Map<String, String> attendance;

    private MeetingParams(Builder b) {
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.title = Objects.requireNonNull(b.title, "title");
        this.heldOn = Objects.requireNonNull(b.heldOn, "heldOn");
        this.place = b.place;
        this.summary = b.summary;
        this.attendance = b.attendance;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().kind(kind).title(title).heldOn(heldOn).place(place).summary(summary)
                .attendance(attendance);
    }

    public MeetingKind kind() { return kind; }
    public String title() { return title; }
    public LocalDate heldOn() { return heldOn; }
    public String place() { return place; }
    public String summary() { return summary; }
    public Map<String, String> attendance() { return attendance; }

    /** Builder of {@link MeetingParams}; {@code kind}, {@code title}, {@code heldOn} are required. */
    public static final class Builder {
        private MeetingKind kind;
        private String title;
        private LocalDate heldOn;
        private String place;
        private String summary;
        private Map<String, String> attendance;

        private Builder() {
        }

        public Builder kind(MeetingKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder heldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
            return this;
        }

        public Builder place(String place) {
            this.place = place;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Member id → PRESENT, EXCUSED or ABSENT. */
        public Builder attendance(Map<String, String> attendance) {
            this.attendance = attendance;
            return this;
        }

        public MeetingParams build() {
            return new MeetingParams(this);
        }
    }
}
