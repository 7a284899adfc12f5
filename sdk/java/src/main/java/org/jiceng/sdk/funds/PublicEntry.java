package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A published entry as residents read it.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PublicEntry {
    @JsonProperty("id")
    private String id;
    @JsonProperty("seq")
    private long seq;
    @JsonProperty("direction")
    private EntryDirection direction;
    @JsonProperty("amountFen")
    private long amountFen;
    @JsonProperty("occurredOn")
    private LocalDate occurredOn;
    @JsonProperty("category")
    private String category;
    @JsonProperty("counterparty")
    private String counterparty;
    @JsonProperty("attachments")
    private List<Attachment> attachments;
    @JsonProperty("authorityKind")
    private AuthorityKind authorityKind;
    @JsonProperty("authorityRef")
    private String authorityRef;
    @JsonProperty("reversesEntryId")
    private String reversesEntryId;
    @JsonProperty("chainHash")
    private String chainHash;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PublicEntry() {
    }

    public String id() {
        return id;
    }

    public long seq() {
        return seq;
    }

    public EntryDirection direction() {
        return direction;
    }

    public long amountFen() {
        return amountFen;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String category() {
        return category;
    }

    /** An organisation's name, or a person masked. */
    public String counterparty() {
        return counterparty;
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

    public Optional<String> reversesEntryId() {
        return Optional.ofNullable(reversesEntryId);
    }

    public String chainHash() {
        return chainHash;
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
        return new Builder(new PublicEntry());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PublicEntry copy(PublicEntry from) {
        PublicEntry c = new PublicEntry();
        c.id = from.id;
        c.seq = from.seq;
        c.direction = from.direction;
        c.amountFen = from.amountFen;
        c.occurredOn = from.occurredOn;
        c.category = from.category;
        c.counterparty = from.counterparty;
        c.attachments = from.attachments;
        c.authorityKind = from.authorityKind;
        c.authorityRef = from.authorityRef;
        c.reversesEntryId = from.reversesEntryId;
        c.chainHash = from.chainHash;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PublicEntry)) {
            return false;
        }
        PublicEntry other = (PublicEntry) o;
        return Objects.equals(id, other.id)
                && seq == other.seq
                && Objects.equals(direction, other.direction)
                && amountFen == other.amountFen
                && Objects.equals(occurredOn, other.occurredOn)
                && Objects.equals(category, other.category)
                && Objects.equals(counterparty, other.counterparty)
                && Objects.equals(attachments, other.attachments)
                && Objects.equals(authorityKind, other.authorityKind)
                && Objects.equals(authorityRef, other.authorityRef)
                && Objects.equals(reversesEntryId, other.reversesEntryId)
                && Objects.equals(chainHash, other.chainHash)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, seq, direction);
    }

    @Override
    public String toString() {
        return "PublicEntry{" + "id=" + id + ", " + "seq=" + seq + ", " + "direction=" + direction + "}";
    }

    /** Builds a {@link PublicEntry}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PublicEntry building;

        private Builder(PublicEntry building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder seq(long seq) {
            building.seq = seq;
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

        public Builder counterparty(String counterparty) {
            building.counterparty = counterparty;
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

        public Builder reversesEntryId(String reversesEntryId) {
            building.reversesEntryId = reversesEntryId;
            return this;
        }

        public Builder chainHash(String chainHash) {
            building.chainHash = chainHash;
            return this;
        }

        public PublicEntry build() {
            return copy(building);
        }
    }
}
