package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of a ledger.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class FundPeriod {
    @JsonProperty("accountId")
    private String accountId;
    @JsonProperty("period")
    private String period;
    @JsonProperty("state")
    private PeriodState state;
    @JsonProperty("incomeFen")
    private Long incomeFen;
    @JsonProperty("expenseFen")
    private Long expenseFen;
    @JsonProperty("entries")
    private Integer entries;
    @JsonProperty("chainHead")
    private String chainHead;
    @JsonProperty("publishedAt")
    private OffsetDateTime publishedAt;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private FundPeriod() {
    }

    public String accountId() {
        return accountId;
    }

    /** yyyy-mm or yyyy. */
    public String period() {
        return period;
    }

    public PeriodState state() {
        return state;
    }

    public Optional<Long> incomeFen() {
        return Optional.ofNullable(incomeFen);
    }

    public Optional<Long> expenseFen() {
        return Optional.ofNullable(expenseFen);
    }

    public Optional<Integer> entries() {
        return Optional.ofNullable(entries);
    }

    public Optional<String> chainHead() {
        return Optional.ofNullable(chainHead);
    }

    public Optional<OffsetDateTime> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public long version() {
        return version;
    }

    /** JSON fields this SDK version does not model. */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    private void putAdditionalProperty(String key, Object value) {
        additionalProperties.put(key, value);
    }

    public static Builder builder() {
        return new Builder(new FundPeriod());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static FundPeriod copy(FundPeriod from) {
        FundPeriod c = new FundPeriod();
        c.accountId = from.accountId;
        c.period = from.period;
        c.state = from.state;
        c.incomeFen = from.incomeFen;
        c.expenseFen = from.expenseFen;
        c.entries = from.entries;
        c.chainHead = from.chainHead;
        c.publishedAt = from.publishedAt;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FundPeriod)) {
            return false;
        }
        FundPeriod other = (FundPeriod) o;
        return Objects.equals(accountId, other.accountId)
                && Objects.equals(period, other.period)
                && Objects.equals(state, other.state)
                && Objects.equals(incomeFen, other.incomeFen)
                && Objects.equals(expenseFen, other.expenseFen)
                && Objects.equals(entries, other.entries)
                && Objects.equals(chainHead, other.chainHead)
                && Objects.equals(publishedAt, other.publishedAt)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, period, state);
    }

    @Override
    public String toString() {
        return "FundPeriod{" + "accountId=" + accountId + ", " + "period=" + period + ", " + "state=" + state + "}";
    }

    /** Builds a {@link FundPeriod}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final FundPeriod building;

        private Builder(FundPeriod building) {
            this.building = building;
        }

        public Builder accountId(String accountId) {
            building.accountId = accountId;
            return this;
        }

        public Builder period(String period) {
            building.period = period;
            return this;
        }

        public Builder state(PeriodState state) {
            building.state = state;
            return this;
        }

        public Builder incomeFen(Long incomeFen) {
            building.incomeFen = incomeFen;
            return this;
        }

        public Builder expenseFen(Long expenseFen) {
            building.expenseFen = expenseFen;
            return this;
        }

        public Builder entries(Integer entries) {
            building.entries = entries;
            return this;
        }

        public Builder chainHead(String chainHead) {
            building.chainHead = chainHead;
            return this;
        }

        public Builder publishedAt(OffsetDateTime publishedAt) {
            building.publishedAt = publishedAt;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public FundPeriod build() {
            return copy(building);
        }
    }
}
