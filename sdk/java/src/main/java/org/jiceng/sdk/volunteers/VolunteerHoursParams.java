package org.jiceng.sdk.volunteers;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Parameters of {@link VolunteerService#hours}: activities held in a grid subtree (all without one), over the months
 * [from, to) of the tenant's calendar (the six months up to and including this one without them; at most 24).
 */
public final class VolunteerHoursParams {
    private final String gridId;
    private final YearMonth from;
    private final YearMonth to;

    private VolunteerHoursParams(Builder b) {
        this.gridId = b.gridId;
        this.from = b.from;
        this.to = b.to;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All activities, the last six months. */
    public static VolunteerHoursParams none() {
        return builder().build();
    }

    public Optional<String> gridId() {
        return Optional.ofNullable(gridId);
    }

    public Optional<YearMonth> from() {
        return Optional.ofNullable(from);
    }

    /** The month after the last. */
    public Optional<YearMonth> to() {
        return Optional.ofNullable(to);
    }

    /** Builder of {@link VolunteerHoursParams}; everything is optional. */
    public static final class Builder {
        private String gridId;
        private YearMonth from;
        private YearMonth to;

        private Builder() {
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder from(YearMonth from) {
            this.from = from;
            return this;
        }

        public Builder to(YearMonth to) {
            this.to = to;
            return this;
        }

        public VolunteerHoursParams build() {
            return new VolunteerHoursParams(this);
        }
    }
}
