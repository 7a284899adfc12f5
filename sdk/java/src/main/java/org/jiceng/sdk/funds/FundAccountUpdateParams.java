package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link FundAccountService#update}.
 */
public final class FundAccountUpdateParams {
    @JsonProperty("secondApprovalFen")
    private final Long secondApprovalFen;

    private FundAccountUpdateParams(Builder b) {
        this.secondApprovalFen = b.secondApprovalFen;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Long> secondApprovalFen() {
        return Optional.ofNullable(secondApprovalFen);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.secondApprovalFen = secondApprovalFen;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FundAccountUpdateParams)) {
            return false;
        }
        FundAccountUpdateParams other = (FundAccountUpdateParams) o;
        return Objects.equals(secondApprovalFen, other.secondApprovalFen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(secondApprovalFen);
    }

    /** Builder of {@link FundAccountUpdateParams}. */
    public static final class Builder {
        private Long secondApprovalFen;

        private Builder() {
        }

        public Builder secondApprovalFen(Long secondApprovalFen) {
            this.secondApprovalFen = secondApprovalFen;
            return this;
        }

        public FundAccountUpdateParams build() {
            return new FundAccountUpdateParams(this);
        }
    }
}
