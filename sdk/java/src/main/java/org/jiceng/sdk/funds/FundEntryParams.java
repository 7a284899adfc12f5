package org.jiceng.sdk.funds;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry for {@link FundAccountService#record}.
 * Required: {@code direction}, {@code amountFen}, {@code occurredOn}, {@code category}, {@code counterpartyKind}, {@code counterpartyName}, {@code authorityKind}, {@code authorityRef}.
 */
public final class FundEntryParams {
    @JsonProperty("direction")
    private final EntryDirection direction;
    @JsonProperty("amountFen")
    private final Long amountFen;
    @JsonProperty("occurredOn")
    private final LocalDate occurredOn;
    @JsonProperty("category")
    private final String category;
    @JsonProperty("counterpartyKind")
    private final CounterpartyKind counterpartyKind;
    @JsonProperty("counterpartyName")
    private final String counterpartyName;
    @JsonProperty("attachments")
    private final List<Attachment> attachments;
    @JsonProperty("authorityKind")
    private final AuthorityKind authorityKind;
    @JsonProperty("authorityRef")
    private final String authorityRef;

    private FundEntryParams(Builder b) {
        this.direction = Objects.requireNonNull(b.direction, "direction is required");
        this.amountFen = Objects.requireNonNull(b.amountFen, "amountFen is required");
        this.occurredOn = Objects.requireNonNull(b.occurredOn, "occurredOn is required");
        this.category = Objects.requireNonNull(b.category, "category is required");
        this.counterpartyKind = Objects.requireNonNull(b.counterpartyKind, "counterpartyKind is required");
        this.counterpartyName = Objects.requireNonNull(b.counterpartyName, "counterpartyName is required");
        this.attachments = b.attachments == null ? null : List.copyOf(b.attachments);
        this.authorityKind = Objects.requireNonNull(b.authorityKind, "authorityKind is required");
        this.authorityRef = Objects.requireNonNull(b.authorityRef, "authorityRef is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    public EntryDirection direction() {
        return direction;
    }

    /** Whole fen above 0. */
    public Long amountFen() {
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

    /** A person's name is sealed and masked when published. */
    public String counterpartyName() {
        return counterpartyName;
    }

    public Optional<List<Attachment>> attachments() {
        return Optional.ofNullable(attachments);
    }

    public AuthorityKind authorityKind() {
        return authorityKind;
    }

    /** The decision (topic id), project or budget line. */
    public String authorityRef() {
        return authorityRef;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.direction = direction;
        b.amountFen = amountFen;
        b.occurredOn = occurredOn;
        b.category = category;
        b.counterpartyKind = counterpartyKind;
        b.counterpartyName = counterpartyName;
        b.attachments = attachments;
        b.authorityKind = authorityKind;
        b.authorityRef = authorityRef;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FundEntryParams)) {
            return false;
        }
        FundEntryParams other = (FundEntryParams) o;
        return Objects.equals(direction, other.direction)
                && Objects.equals(amountFen, other.amountFen)
                && Objects.equals(occurredOn, other.occurredOn)
                && Objects.equals(category, other.category)
                && Objects.equals(counterpartyKind, other.counterpartyKind)
                && Objects.equals(counterpartyName, other.counterpartyName)
                && Objects.equals(attachments, other.attachments)
                && Objects.equals(authorityKind, other.authorityKind)
                && Objects.equals(authorityRef, other.authorityRef);
    }

    @Override
    public int hashCode() {
        return Objects.hash(direction, amountFen, occurredOn, category, counterpartyKind, counterpartyName, attachments, authorityKind, authorityRef);
    }

    /** Builder of {@link FundEntryParams}. */
    public static final class Builder {
        private EntryDirection direction;
        private Long amountFen;
        private LocalDate occurredOn;
        private String category;
        private CounterpartyKind counterpartyKind;
        private String counterpartyName;
        private List<Attachment> attachments;
        private AuthorityKind authorityKind;
        private String authorityRef;

        private Builder() {
        }

        public Builder direction(EntryDirection direction) {
            this.direction = direction;
            return this;
        }

        /** Whole fen above 0. */
        public Builder amountFen(Long amountFen) {
            this.amountFen = amountFen;
            return this;
        }

        public Builder occurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder counterpartyKind(CounterpartyKind counterpartyKind) {
            this.counterpartyKind = counterpartyKind;
            return this;
        }

        /** A person's name is sealed and masked when published. */
        public Builder counterpartyName(String counterpartyName) {
            this.counterpartyName = counterpartyName;
            return this;
        }

        public Builder attachments(List<Attachment> attachments) {
            this.attachments = attachments;
            return this;
        }

        public Builder authorityKind(AuthorityKind authorityKind) {
            this.authorityKind = authorityKind;
            return this;
        }

        /** The decision (topic id), project or budget line. */
        public Builder authorityRef(String authorityRef) {
            this.authorityRef = authorityRef;
            return this;
        }

        public FundEntryParams build() {
            return new FundEntryParams(this);
        }
    }
}
