package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link ActivityService#create}: give {@code pointsFixed} or {@code pointsPerHour}.
 * Required: {@code title}, {@code gridId}, {@code startsAt}, {@code endsAt}, {@code capacity}.
 */
public final class ActivityCreateParams {
    @JsonProperty("title")
    private final String title;
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("startsAt")
    private final OffsetDateTime startsAt;
    @JsonProperty("endsAt")
    private final OffsetDateTime endsAt;
    @JsonProperty("capacity")
    private final Integer capacity;
    @JsonProperty("pointsFixed")
    private final Integer pointsFixed;
    @JsonProperty("pointsPerHour")
    private final Integer pointsPerHour;
    @JsonProperty("multiplierCode")
    private final String multiplierCode;

    private ActivityCreateParams(Builder b) {
        this.title = Objects.requireNonNull(b.title, "title is required");
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.startsAt = Objects.requireNonNull(b.startsAt, "startsAt is required");
        this.endsAt = Objects.requireNonNull(b.endsAt, "endsAt is required");
        this.capacity = Objects.requireNonNull(b.capacity, "capacity is required");
        this.pointsFixed = b.pointsFixed;
        this.pointsPerHour = b.pointsPerHour;
        this.multiplierCode = b.multiplierCode;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String title() {
        return title;
    }

    public String gridId() {
        return gridId;
    }

    public OffsetDateTime startsAt() {
        return startsAt;
    }

    public OffsetDateTime endsAt() {
        return endsAt;
    }

    public Integer capacity() {
        return capacity;
    }

    /** Points per service. */
    public Optional<Integer> pointsFixed() {
        return Optional.ofNullable(pointsFixed);
    }

    /** Points per verified hour. */
    public Optional<Integer> pointsPerHour() {
        return Optional.ofNullable(pointsPerHour);
    }

    /** One of the tenant's multipliers (e.g. HOLIDAY); the activity keeps its percentage. */
    public Optional<String> multiplierCode() {
        return Optional.ofNullable(multiplierCode);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.gridId = gridId;
        b.startsAt = startsAt;
        b.endsAt = endsAt;
        b.capacity = capacity;
        b.pointsFixed = pointsFixed;
        b.pointsPerHour = pointsPerHour;
        b.multiplierCode = multiplierCode;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ActivityCreateParams)) {
            return false;
        }
        ActivityCreateParams other = (ActivityCreateParams) o;
        return Objects.equals(title, other.title)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(startsAt, other.startsAt)
                && Objects.equals(endsAt, other.endsAt)
                && Objects.equals(capacity, other.capacity)
                && Objects.equals(pointsFixed, other.pointsFixed)
                && Objects.equals(pointsPerHour, other.pointsPerHour)
                && Objects.equals(multiplierCode, other.multiplierCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, gridId, startsAt, endsAt, capacity, pointsFixed, pointsPerHour, multiplierCode);
    }

    /** Builder of {@link ActivityCreateParams}. */
    public static final class Builder {
        private String title;
        private String gridId;
        private OffsetDateTime startsAt;
        private OffsetDateTime endsAt;
        private Integer capacity;
        private Integer pointsFixed;
        private Integer pointsPerHour;
        private String multiplierCode;

        private Builder() {
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder startsAt(OffsetDateTime startsAt) {
            this.startsAt = startsAt;
            return this;
        }

        public Builder endsAt(OffsetDateTime endsAt) {
            this.endsAt = endsAt;
            return this;
        }

        public Builder capacity(Integer capacity) {
            this.capacity = capacity;
            return this;
        }

        /** Points per service. */
        public Builder pointsFixed(Integer pointsFixed) {
            this.pointsFixed = pointsFixed;
            return this;
        }

        /** Points per verified hour. */
        public Builder pointsPerHour(Integer pointsPerHour) {
            this.pointsPerHour = pointsPerHour;
            return this;
        }

        /** One of the tenant's multipliers (e.g. HOLIDAY); the activity keeps its percentage. */
        public Builder multiplierCode(String multiplierCode) {
            this.multiplierCode = multiplierCode;
            return this;
        }

        public ActivityCreateParams build() {
            return new ActivityCreateParams(this);
        }
    }
}
