package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A ledger entry as kept; a person counterparty masked unless the caller may read personal data.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class FundEntry {
    @JsonProperty("id")
    private String id;
    @JsonProperty("accountId")
    private String accountId;
    @JsonProperty("seq")
    private long seq;
    @JsonProperty("period")
    private String period;
    @JsonProperty("direction")
    private EntryDirection direction;
    @JsonProperty("amountFen")
    private long amountFen;
    @JsonProperty("occurredOn")
    private LocalDate occurredOn;
    @JsonProperty("category")
    private String category;
    @JsonProperty("counterpartyKind")
    private CounterpartyKind counterpartyKind;
    @JsonProperty("counterpartyName")
    private String counterpartyName;
    @JsonProperty("attachments")
    private List<Attachment> attachments;
    @JsonProperty("authorityKind")
    private AuthorityKind authorityKind;
    @JsonProperty("authorityRef")
    private String authorityRef;
    @JsonProperty("state")
    private EntryState state;
    @JsonProperty("reversesEntryId")
    private String reversesEntryId;
    @JsonProperty("chainHash")
    private String chainHash;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private FundEntry() {
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    /** Its place in the account's ledger. */
    public long seq() {
        return seq;
    }

    public String period() {
        return period;
    }

    public EntryDirection direction() {
        return direction;
    }

    /** Whole fen. */
    public long amountFen() {
        return amountFen;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String category() {
        return category;
    }

    public CounterpartyKind counterpartyKind() {
        return counterpartyKind;
    }

    public Optional<String> counterpartyName() {
        return Optional.ofNullable(counterpartyName);
    }

    public List<Attachment> attachments() {
        return attachments == null ? List.of() : Collections.unmodifiableList(attachments);
    }

    public AuthorityKind authorityKind() {
        return authorityKind;
    }

    public String authorityRef() {
        return authorityRef;
    }

    public EntryState state() {
        return state;
    }

    public Optional<String> reversesEntryId() {
        return Optional.ofNullable(reversesEntryId);
    }

    /** Its link in the chain, once published. */
    public Optional<String> chainHash() {
        return Optional.ofNullable(chainHash);
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
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
        return new Builder(new FundEntry());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static FundEntry copy(FundEntry from) {
        FundEntry c = new FundEntry();
        c.id = from.id;
        c.accountId = from.accountId;
        c.seq = from.seq;
        c.period = from.period;
        c.direction = from.direction;
        c.amountFen = from.amountFen;
        c.occurredOn = from.occurredOn;
        c.category = from.category;
        c.counterpartyKind = from.counterpartyKind;
        c.counterpartyName = from.counterpartyName;
        c.attachments = from.attachments;
        c.authorityKind = from.authorityKind;
        c.authorityRef = from.authorityRef;
        c.state = from.state;
        c.reversesEntryId = from.reversesEntryId;
        c.chainHash = from.chainHash;
        c.version = from.version;
        c.createdAt = from.createdAt;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FundEntry)) {
            return false;
        }
        FundEntry other = (FundEntry) o;
        return Objects.equals(id, other.id)
                && Objects.equals(accountId, other.accountId)
                && seq == other.seq
                && Objects.equals(period, other.period)
                && Objects.equals(direction, other.direction)
                && amountFen == other.amountFen
                && Objects.equals(occurredOn, other.occurredOn)
                && Objects.equals(category, other.category)
                && Objects.equals(counterpartyKind, other.counterpartyKind)
                && Objects.equals(counterpartyName, other.counterpartyName)
                && Objects.equals(attachments, other.attachments)
                && Objects.equals(authorityKind, other.authorityKind)
                && Objects.equals(authorityRef, other.authorityRef)
                && Objects.equals(state, other.state)
                && Objects.equals(reversesEntryId, other.reversesEntryId)
                && Objects.equals(chainHash, other.chainHash)
                && version == other.version
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, accountId, seq);
    }

    @Override
    public String toString() {
        return "FundEntry{" + "id=" + id + ", " + "accountId=" + accountId + ", " + "seq=" + seq + "}";
    }

    /** Builds a {@link FundEntry}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final FundEntry building;

        private Builder(FundEntry building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder accountId(String accountId) {
            building.accountId = accountId;
            return this;
        }

        public Builder seq(long seq) {
            building.seq = seq;
            return this;
        }

        public Builder period(String period) {
            building.period = period;
            return this;
        }

        public Builder direction(EntryDirection direction) {
            building.direction = direction;
            return this;
        }

        public Builder amountFen(long amountFen) {
            building.amountFen = amountFen;
            return this;
        }

        public Builder occurredOn(LocalDate occurredOn) {
            building.occurredOn = occurredOn;
            return this;
        }

        public Builder category(String category) {
            building.category = category;
            return this;
        }

        public Builder counterpartyKind(CounterpartyKind counterpartyKind) {
            building.counterpartyKind = counterpartyKind;
            return this;
        }

        public Builder counterpartyName(String counterpartyName) {
            building.counterpartyName = counterpartyName;
            return this;
        }

        public Builder attachments(List<Attachment> attachments) {
            building.attachments = attachments;
            return this;
        }

        public Builder authorityKind(AuthorityKind authorityKind) {
            building.authorityKind = authorityKind;
            return this;
        }

        public Builder authorityRef(String authorityRef) {
            building.authorityRef = authorityRef;
            return this;
        }

        public Builder state(EntryState state) {
            building.state = state;
            return this;
        }

        public Builder reversesEntryId(String reversesEntryId) {
            building.reversesEntryId = reversesEntryId;
            return this;
        }

        public Builder chainHash(String chainHash) {
            building.chainHash = chainHash;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            building.createdAt = createdAt;
            return this;
        }

        public FundEntry build() {
            return copy(building);
        }
    }
}
