package org.jiceng.sdk.lists;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A slot for {@link CommunityResourceService#book}.
 * Required: {@code startsAt}, {@code endsAt}, {@code purpose}.
 */
public final class BookingParams {
    @JsonProperty("startsAt")
    private final OffsetDateTime startsAt;
    @JsonProperty("endsAt")
    private final OffsetDateTime endsAt;
    @JsonProperty("purpose")
    private final String purpose;

    private BookingParams(Builder b) {
        this.startsAt = Objects.requireNonNull(b.startsAt, "startsAt is required");
        this.endsAt = Objects.requireNonNull(b.endsAt, "endsAt is required");
        this.purpose = Objects.requireNonNull(b.purpose, "purpose is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    public OffsetDateTime startsAt() {
        return startsAt;
    }

    public OffsetDateTime endsAt() {
        return endsAt;
    }

    public String purpose() {
        return purpose;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.startsAt = startsAt;
        b.endsAt = endsAt;
        b.purpose = purpose;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BookingParams)) {
            return false;
        }
        BookingParams other = (BookingParams) o;
        return Objects.equals(startsAt, other.startsAt)
                && Objects.equals(endsAt, other.endsAt)
                && Objects.equals(purpose, other.purpose);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsAt, endsAt, purpose);
    }

    /** Builder of {@link BookingParams}. */
    public static final class Builder {
        private OffsetDateTime startsAt;
        private OffsetDateTime endsAt;
        private String purpose;

        private Builder() {
        }

        public Builder startsAt(OffsetDateTime startsAt) {
            this.startsAt = startsAt;
            return this;
        }

        public Builder endsAt(OffsetDateTime endsAt) {
            this.endsAt = endsAt;
            return this;
        }

        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        public BookingParams build() {
            return new BookingParams(this);
        }
    }
}
