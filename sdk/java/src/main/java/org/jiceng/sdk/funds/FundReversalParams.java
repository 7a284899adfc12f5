package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A correction for {@link FundEntryService#reverse}.
 * Required: {@code reason}.
 */
public final class FundReversalParams {
    @JsonProperty("reason")
    private final String reason;
    @JsonProperty("occurredOn")
    private final LocalDate occurredOn;

    private FundReversalParams(Builder b) {
        this.reason = Objects.requireNonNull(b.reason, "reason is required");
        this.occurredOn = b.occurredOn;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String reason() {
        return reason;
    }

    /** The reversing entry's date (default today); its period must be open and later than a closed original's. */
    public Optional<LocalDate> occurredOn() {
        return Optional.ofNullable(occurredOn);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.reason = reason;
        b.occurredOn = occurredOn;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FundReversalParams)) {
            return false;
        }
        FundReversalParams other = (FundReversalParams) o;
        return Objects.equals(reason, other.reason)
                && Objects.equals(occurredOn, other.occurredOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, occurredOn);
    }

    /** Builder of {@link FundReversalParams}. */
    public static final class Builder {
        private String reason;
        private LocalDate occurredOn;

        private Builder() {
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** The reversing entry's date (default today); its period must be open and later than a closed original's. */
        public Builder occurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
            return this;
        }

        public FundReversalParams build() {
            return new FundReversalParams(this);
        }
    }
}
