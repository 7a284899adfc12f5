package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link CouncilService#create}.
 * Required: {@code gridId}, {@code name}, {@code mandateScope}, {@code termStartsOn}, {@code termEndsOn}.
 */
public final class CouncilCreateParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("name")
    private final String name;
    @JsonProperty("mandateScope")
    private final String mandateScope;
    @JsonProperty("mandateTopicId")
    private final String mandateTopicId;
    @JsonProperty("secondsToAgenda")
    private final Integer secondsToAgenda;
    @JsonProperty("evaluationWindowDays")
    private final Integer evaluationWindowDays;
    @JsonProperty("termStartsOn")
    private final LocalDate termStartsOn;
    @JsonProperty("termEndsOn")
    private final LocalDate termEndsOn;

    private CouncilCreateParams(Builder b) {
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.mandateScope = Objects.requireNonNull(b.mandateScope, "mandateScope is required");
        this.mandateTopicId = b.mandateTopicId;
        this.secondsToAgenda = b.secondsToAgenda;
        this.evaluationWindowDays = b.evaluationWindowDays;
        this.termStartsOn = Objects.requireNonNull(b.termStartsOn, "termStartsOn is required");
        this.termEndsOn = Objects.requireNonNull(b.termEndsOn, "termEndsOn is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A street, community, compound, grid or building. */
    public String gridId() {
        return gridId;
    }

    public String name() {
        return name;
    }

    public String mandateScope() {
        return mandateScope;
    }

    public Optional<String> mandateTopicId() {
        return Optional.ofNullable(mandateTopicId);
    }

    /** Default 10. */
    public Optional<Integer> secondsToAgenda() {
        return Optional.ofNullable(secondsToAgenda);
    }

    /** 1-365, default 30. */
    public Optional<Integer> evaluationWindowDays() {
        return Optional.ofNullable(evaluationWindowDays);
    }

    public LocalDate termStartsOn() {
        return termStartsOn;
    }

    /** Within five years of the start. */
    public LocalDate termEndsOn() {
        return termEndsOn;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridId = gridId;
        b.name = name;
        b.mandateScope = mandateScope;
        b.mandateTopicId = mandateTopicId;
        b.secondsToAgenda = secondsToAgenda;
        b.evaluationWindowDays = evaluationWindowDays;
        b.termStartsOn = termStartsOn;
        b.termEndsOn = termEndsOn;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CouncilCreateParams)) {
            return false;
        }
        CouncilCreateParams other = (CouncilCreateParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(name, other.name)
                && Objects.equals(mandateScope, other.mandateScope)
                && Objects.equals(mandateTopicId, other.mandateTopicId)
                && Objects.equals(secondsToAgenda, other.secondsToAgenda)
                && Objects.equals(evaluationWindowDays, other.evaluationWindowDays)
                && Objects.equals(termStartsOn, other.termStartsOn)
                && Objects.equals(termEndsOn, other.termEndsOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, name, mandateScope, mandateTopicId, secondsToAgenda, evaluationWindowDays, termStartsOn, termEndsOn);
    }

    /** Builder of {@link CouncilCreateParams}. */
    public static final class Builder {
        private String gridId;
        private String name;
        private String mandateScope;
        private String mandateTopicId;
        private Integer secondsToAgenda;
        private Integer evaluationWindowDays;
        private LocalDate termStartsOn;
        private LocalDate termEndsOn;

        private Builder() {
        }

        /** A street, community, compound, grid or building. */
        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder mandateScope(String mandateScope) {
            this.mandateScope = mandateScope;
            return this;
        }

        public Builder mandateTopicId(String mandateTopicId) {
            this.mandateTopicId = mandateTopicId;
            return this;
        }

        /** Default 10. */
        public Builder secondsToAgenda(Integer secondsToAgenda) {
            this.secondsToAgenda = secondsToAgenda;
            return this;
        }

        /** 1-365, default 30. */
        public Builder evaluationWindowDays(Integer evaluationWindowDays) {
            this.evaluationWindowDays = evaluationWindowDays;
            return this;
        }

        public Builder termStartsOn(LocalDate termStartsOn) {
            this.termStartsOn = termStartsOn;
            return this;
        }

        /** Within five years of the start. */
        public Builder termEndsOn(LocalDate termEndsOn) {
            this.termEndsOn = termEndsOn;
            return this;
        }

        public CouncilCreateParams build() {
            return new CouncilCreateParams(this);
        }
    }
}
