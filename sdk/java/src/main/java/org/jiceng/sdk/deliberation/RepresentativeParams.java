package org.jiceng.sdk.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A representative for {@link RepresentativeService#add}.
 * Required: {@code gridId}, {@code accountSubject}, {@code sinceOn}.
 */
public final class RepresentativeParams {
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("accountSubject")
    private final String accountSubject;
    @JsonProperty("householdId")
    private final String householdId;
    @JsonProperty("sinceOn")
    private final LocalDate sinceOn;

    private RepresentativeParams(Builder b) {
        this.gridId = Objects.requireNonNull(b.gridId, "gridId is required");
        this.accountSubject = Objects.requireNonNull(b.accountSubject, "accountSubject is required");
        this.householdId = b.householdId;
        this.sinceOn = Objects.requireNonNull(b.sinceOn, "sinceOn is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The residents' group's node. */
    public String gridId() {
        return gridId;
    }

    public String accountSubject() {
        return accountSubject;
    }

    public Optional<String> householdId() {
        return Optional.ofNullable(householdId);
    }

    public LocalDate sinceOn() {
        return sinceOn;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.gridId = gridId;
        b.accountSubject = accountSubject;
        b.householdId = householdId;
        b.sinceOn = sinceOn;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RepresentativeParams)) {
            return false;
        }
        RepresentativeParams other = (RepresentativeParams) o;
        return Objects.equals(gridId, other.gridId)
                && Objects.equals(accountSubject, other.accountSubject)
                && Objects.equals(householdId, other.householdId)
                && Objects.equals(sinceOn, other.sinceOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gridId, accountSubject, householdId, sinceOn);
    }

    /** Builder of {@link RepresentativeParams}. */
    public static final class Builder {
        private String gridId;
        private String accountSubject;
        private String householdId;
        private LocalDate sinceOn;

        private Builder() {
        }

        /** The residents' group's node. */
        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder accountSubject(String accountSubject) {
            this.accountSubject = accountSubject;
            return this;
        }

        public Builder householdId(String householdId) {
            this.householdId = householdId;
            return this;
        }

        public Builder sinceOn(LocalDate sinceOn) {
            this.sinceOn = sinceOn;
            return this;
        }

        public RepresentativeParams build() {
            return new RepresentativeParams(this);
        }
    }
}
