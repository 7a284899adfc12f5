package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link CouncilService#update}: only what is set changes.
 */
public final class CouncilUpdateParams {
    @JsonProperty("secondsToAgenda")
    private final Integer secondsToAgenda;
    @JsonProperty("evaluationWindowDays")
    private final Integer evaluationWindowDays;
    @JsonProperty("mandateScope")
    private final String mandateScope;

    private CouncilUpdateParams(Builder b) {
        this.secondsToAgenda = b.secondsToAgenda;
        this.evaluationWindowDays = b.evaluationWindowDays;
        this.mandateScope = b.mandateScope;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Integer> secondsToAgenda() {
        return Optional.ofNullable(secondsToAgenda);
    }

    public Optional<Integer> evaluationWindowDays() {
        return Optional.ofNullable(evaluationWindowDays);
    }

    public Optional<String> mandateScope() {
        return Optional.ofNullable(mandateScope);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.secondsToAgenda = secondsToAgenda;
        b.evaluationWindowDays = evaluationWindowDays;
        b.mandateScope = mandateScope;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CouncilUpdateParams)) {
            return false;
        }
        CouncilUpdateParams other = (CouncilUpdateParams) o;
        return Objects.equals(secondsToAgenda, other.secondsToAgenda)
                && Objects.equals(evaluationWindowDays, other.evaluationWindowDays)
                && Objects.equals(mandateScope, other.mandateScope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(secondsToAgenda, evaluationWindowDays, mandateScope);
    }

    /** Builder of {@link CouncilUpdateParams}. */
    public static final class Builder {
        private Integer secondsToAgenda;
        private Integer evaluationWindowDays;
        private String mandateScope;

        private Builder() {
        }

        public Builder secondsToAgenda(Integer secondsToAgenda) {
            this.secondsToAgenda = secondsToAgenda;
            return this;
        }

        public Builder evaluationWindowDays(Integer evaluationWindowDays) {
            this.evaluationWindowDays = evaluationWindowDays;
            return this;
        }

        public Builder mandateScope(String mandateScope) {
            this.mandateScope = mandateScope;
            return this;
        }

        public CouncilUpdateParams build() {
            return new CouncilUpdateParams(this);
        }
    }
}
