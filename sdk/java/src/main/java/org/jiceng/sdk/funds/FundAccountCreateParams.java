package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link FundAccountService#create}.
 * Required: {@code gridId}, {@code kind}, {@code name}.
 */
public final class FundAccountCreateParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("kind")
    private final FundAccountKind kind;
    @JsonProperty("name")
    private final String name;
    @JsonProperty("periodKind")
    private final PeriodKind periodKind;
    @JsonProperty("secondApprovalFen")
    private final Long secondApprovalFen;

    private FundAccountCreateParams(Builder b) {
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.kind = Objects.requireNonNull(b.kind, "kind is required");
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.periodKind = b.periodKind;
        this.secondApprovalFen = b.secondApprovalFen;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A community or compound. */
    public String gridId() {
        return gridId;
    }

    public FundAccountKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** Default MONTH. */
    public Optional<PeriodKind> periodKind() {
        return Optional.ofNullable(periodKind);
    }

    /** Default 500000 (5,000 yuan). */
    public Optional<Long> secondApprovalFen() {
        return Optional.ofNullable(secondApprovalFen);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridId = gridId;
        b.kind = kind;
        b.name = name;
        b.periodKind = periodKind;
        b.secondApprovalFen = secondApprovalFen;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FundAccountCreateParams)) {
            return false;
        }
        FundAccountCreateParams other = (FundAccountCreateParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(kind, other.kind)
                && Objects.equals(name, other.name)
                && Objects.equals(periodKind, other.periodKind)
                && Objects.equals(secondApprovalFen, other.secondApprovalFen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, kind, name, periodKind, secondApprovalFen);
    }

    /** Builder of {@link FundAccountCreateParams}. */
    public static final class Builder {
        private String gridId;
        private FundAccountKind kind;
        private String name;
        private PeriodKind periodKind;
        private Long secondApprovalFen;

        private Builder() {
        }

        /** A community or compound. */
        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder kind(FundAccountKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Default MONTH. */
        public Builder periodKind(PeriodKind periodKind) {
            this.periodKind = periodKind;
            return this;
        }

        /** Default 500000 (5,000 yuan). */
        public Builder secondApprovalFen(Long secondApprovalFen) {
            this.secondApprovalFen = secondApprovalFen;
            return this;
        }

        public FundAccountCreateParams build() {
            return new FundAccountCreateParams(this);
        }
    }
}
