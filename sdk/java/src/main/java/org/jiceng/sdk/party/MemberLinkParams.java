package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link PartyMemberService#link}: exactly one of {@code householdId} and {@code gridId}.
 */
public final class MemberLinkParams {
    @JsonProperty("householdId")
    private final String householdId;
    @JsonProperty("gridId")
    private final String gridId;
    @JsonProperty("linkedOn")
    private final LocalDate linkedOn;

    private MemberLinkParams(Builder b) {
        this.householdId = b.householdId;
        this.gridId = b.gridId;
        this.linkedOn = b.linkedOn;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> householdId() {
        return Optional.ofNullable(householdId);
    }

    /** A BUILDING, COMPOUND or GRID node: all its households. */
    public Optional<String> gridId() {
        return Optional.ofNullable(gridId);
    }

    /** Today unless given. */
    public Optional<LocalDate> linkedOn() {
        return Optional.ofNullable(linkedOn);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.householdId = householdId;
        b.gridId = gridId;
        b.linkedOn = linkedOn;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MemberLinkParams)) {
            return false;
        }
        MemberLinkParams other = (MemberLinkParams) o;
        return Objects.equals(householdId, other.householdId)
                && Objects.equals(gridId, other.gridId)
                && Objects.equals(linkedOn, other.linkedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(householdId, gridId, linkedOn);
    }

    /** Builder of {@link MemberLinkParams}. */
    public static final class Builder {
        private String householdId;
        private String gridId;
        private LocalDate linkedOn;

        private Builder() {
        }

        public Builder householdId(String householdId) {
            this.householdId = householdId;
            return this;
        }

        /** A BUILDING, COMPOUND or GRID node: all its households. */
        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        /** Today unless given. */
        public Builder linkedOn(LocalDate linkedOn) {
            this.linkedOn = linkedOn;
            return this;
        }

        public MemberLinkParams build() {
            return new MemberLinkParams(this);
        }
    }
}
