package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A published period as anyone in the tenant reads it.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PublicLedger {
    @JsonProperty("accountId")
    private String accountId;
    @JsonProperty("accountName")
    private String accountName;
    @JsonProperty("kind")
    private FundAccountKind kind;
    @JsonProperty("period")
    private String period;
    @JsonProperty("incomeFen")
    private long incomeFen;
    @JsonProperty("expenseFen")
    private long expenseFen;
    @JsonProperty("balanceFen")
    private long balanceFen;
    @JsonProperty("byCategory")
    private Map<String, CategoryTotal> byCategory;
    @JsonProperty("chainHead")
    private String chainHead;
    @JsonProperty("publishedAt")
    private OffsetDateTime publishedAt;
    @JsonProperty("entries")
    private List<PublicEntry> entries;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PublicLedger() {
    }

    public String accountId() {
        return accountId;
    }

    public String accountName() {
        return accountName;
    }

    public FundAccountKind kind() {
        return kind;
    }

    public String period() {
        return period;
    }

    public long incomeFen() {
        return incomeFen;
    }

    public long expenseFen() {
        return expenseFen;
    }

    public long balanceFen() {
        return balanceFen;
    }

    public Map<String, CategoryTotal> byCategory() {
        return byCategory == null ? Map.of() : Collections.unmodifiableMap(byCategory);
    }

    public String chainHead() {
        return chainHead;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public List<PublicEntry> entries() {
        return entries == null ? List.of() : Collections.unmodifiableList(entries);
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
        return new Builder(new PublicLedger());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PublicLedger copy(PublicLedger from) {
        PublicLedger c = new PublicLedger();
        c.accountId = from.accountId;
        c.accountName = from.accountName;
        c.kind = from.kind;
        c.period = from.period;
        c.incomeFen = from.incomeFen;
        c.expenseFen = from.expenseFen;
        c.balanceFen = from.balanceFen;
        c.byCategory = from.byCategory;
        c.chainHead = from.chainHead;
        c.publishedAt = from.publishedAt;
        c.entries = from.entries;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PublicLedger)) {
            return false;
        }
        PublicLedger other = (PublicLedger) o;
        return Objects.equals(accountId, other.accountId)
                && Objects.equals(accountName, other.accountName)
                && Objects.equals(kind, other.kind)
                && Objects.equals(period, other.period)
                && incomeFen == other.incomeFen
                && expenseFen == other.expenseFen
                && balanceFen == other.balanceFen
                && Objects.equals(byCategory, other.byCategory)
                && Objects.equals(chainHead, other.chainHead)
                && Objects.equals(publishedAt, other.publishedAt)
                && Objects.equals(entries, other.entries)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, accountName, kind);
    }

    @Override
    public String toString() {
        return "PublicLedger{" + "accountId=" + accountId + ", " + "accountName=" + accountName + ", " + "kind=" + kind + "}";
    }

    /** Builds a {@link PublicLedger}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PublicLedger building;

        private Builder(PublicLedger building) {
            this.building = building;
        }

        public Builder accountId(String accountId) {
            building.accountId = accountId;
            return this;
        }

        public Builder accountName(String accountName) {
            building.accountName = accountName;
            return this;
        }

        public Builder kind(FundAccountKind kind) {
            building.kind = kind;
            return this;
        }

        public Builder period(String period) {
            building.period = period;
            return this;
        }

        public Builder incomeFen(long incomeFen) {
            building.incomeFen = incomeFen;
            return this;
        }

        public Builder expenseFen(long expenseFen) {
            building.expenseFen = expenseFen;
            return this;
        }

        public Builder balanceFen(long balanceFen) {
            building.balanceFen = balanceFen;
            return this;
        }

        public Builder byCategory(Map<String, CategoryTotal> byCategory) {
            building.byCategory = byCategory;
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

        public Builder entries(List<PublicEntry> entries) {
            building.entries = entries;
            return this;
        }

        public PublicLedger build() {
            return copy(building);
        }
    }
}
