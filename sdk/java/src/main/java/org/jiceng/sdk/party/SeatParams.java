package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A seat to take on a community body: a Party member by {@code partyMemberId}, anyone else by name. Build with {@link
 * #builder()}; immutable.
 */
public final class SeatParams {
    @JsonProperty("partyMemberId") private final String partyMemberId;
    @JsonProperty("name") private final String name;
    @JsonProperty("phone") private final String phone;
    @JsonProperty("role") private final SeatRole role;
    @JsonProperty("standing") private final SeatStanding standing;
    @JsonProperty("startedOn") private final LocalDate startedOn;

    private SeatParams(Builder b) {
        this.partyMemberId = b.partyMemberId;
        this.name = b.name;
        this.phone = b.phone;
        this.role = b.role;
        this.standing = b.standing;
        this.startedOn = b.startedOn;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().partyMemberId(partyMemberId).name(name).phone(phone).role(role).standing(standing)
                .startedOn(startedOn);
    }

    public String partyMemberId() { return partyMemberId; }
    public String name() { return name; }
    public String phone() { return phone; }
    public SeatRole role() { return role; }
    public SeatStanding standing() { return standing; }
    public LocalDate startedOn() { return startedOn; }

    /** Builder of {@link SeatParams}; every field is optional. */
    public static final class Builder {
        private String partyMemberId;
        private String name;
        private String phone;
        private SeatRole role;
        private SeatStanding standing;
        private LocalDate startedOn;

        private Builder() {
        }

        public Builder partyMemberId(String partyMemberId) {
            this.partyMemberId = partyMemberId;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        /** CHAIR, DEPUTY_CHAIR, MEMBER (default), MANAGER or STAFF. */
        public Builder role(SeatRole role) {
            this.role = role;
            return this;
        }

        /** SEATED (default) or CANDIDATE. */
        public Builder standing(SeatStanding standing) {
            this.standing = standing;
            return this;
        }

        public Builder startedOn(LocalDate startedOn) {
            this.startedOn = startedOn;
            return this;
        }

        public SeatParams build() {
            return new SeatParams(this);
        }
    }
}
