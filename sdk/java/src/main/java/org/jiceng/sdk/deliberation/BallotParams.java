package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * A ballot for {@link VoteService#cast}.
 * Required: {@code choice}.
 */
public final class BallotParams {
    @JsonProperty("choice")
    private final BallotChoice choice;
    @JsonProperty("electorId")
    private final String electorId;

    private BallotParams(Builder b) {
        this.choice = Objects.requireNonNull(b.choice, "choice is required");
        this.electorId = b.electorId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public BallotChoice choice() {
        return choice;
    }

    /** For a paper ballot staff record. */
    public Optional<String> electorId() {
        return Optional.ofNullable(electorId);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.choice = choice;
        b.electorId = electorId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BallotParams)) {
            return false;
        }
        BallotParams other = (BallotParams) o;
        return Objects.equals(choice, other.choice)
                && Objects.equals(electorId, other.electorId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(choice, electorId);
    }

    /** Builder of {@link BallotParams}. */
    public static final class Builder {
        private BallotChoice choice;
        private String electorId;

        private Builder() {
        }

        public Builder choice(BallotChoice choice) {
            this.choice = choice;
            return this;
        }

        /** For a paper ballot staff record. */
        public Builder electorId(String electorId) {
            this.electorId = electorId;
            return this;
        }

        public BallotParams build() {
            return new BallotParams(this);
        }
    }
}
