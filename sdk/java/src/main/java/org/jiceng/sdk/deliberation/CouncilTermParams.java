package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The next term of {@link CouncilService#renewTerm}.
 * Required: {@code termStartsOn}, {@code termEndsOn}.
 */
public final class CouncilTermParams {
    @JsonProperty("termStartsOn")
    private final LocalDate termStartsOn;
    @JsonProperty("termEndsOn")
    private final LocalDate termEndsOn;

    private CouncilTermParams(Builder b) {
        this.termStartsOn = Objects.requireNonNull(b.termStartsOn, "termStartsOn is required");
        this.termEndsOn = Objects.requireNonNull(b.termEndsOn, "termEndsOn is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** On or after the current term's end. */
    public LocalDate termStartsOn() {
        return termStartsOn;
    }

    public LocalDate termEndsOn() {
        return termEndsOn;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.termStartsOn = termStartsOn;
        b.termEndsOn = termEndsOn;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CouncilTermParams)) {
            return false;
        }
        CouncilTermParams other = (CouncilTermParams) o;
        return Objects.equals(termStartsOn, other.termStartsOn)
                && Objects.equals(termEndsOn, other.termEndsOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(termStartsOn, termEndsOn);
    }

    /** Builder of {@link CouncilTermParams}. */
    public static final class Builder {
        private LocalDate termStartsOn;
        private LocalDate termEndsOn;

        private Builder() {
        }

        /** On or after the current term's end. */
        public Builder termStartsOn(LocalDate termStartsOn) {
            this.termStartsOn = termStartsOn;
            return this;
        }

        public Builder termEndsOn(LocalDate termEndsOn) {
            this.termEndsOn = termEndsOn;
            return this;
        }

        public CouncilTermParams build() {
            return new CouncilTermParams(this);
        }
    }
}
