package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A transfer issued out of a member's organisation: to {@code toOrganizationId} here or an outside {@code
 * destination}. Build with {@link #builder()}; immutable.
 */
public final class TransferParams {
    @JsonProperty("memberId") private final String memberId;
    @JsonProperty("toOrganizationId") private final String toOrganizationId;
    @JsonProperty("destination") private final String destination;
    @JsonProperty("letterNumber") private final String letterNumber;
    @JsonProperty("reason") private final String reason;
    @JsonProperty("issuedOn") private final LocalDate issuedOn;

    private TransferParams(Builder b) {
        this.memberId = Objects.requireNonNull(b.memberId, "memberId");
        this.toOrganizationId = b.toOrganizationId;
        this.destination = b.destination;
        this.letterNumber = b.letterNumber;
        this.reason = b.reason;
        this.issuedOn = b.issuedOn;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().memberId(memberId).toOrganizationId(toOrganizationId).destination(destination)
                .letterNumber(letterNumber).reason(reason).issuedOn(issuedOn);
    }

    public String memberId() { return memberId; }
    public String toOrganizationId() { return toOrganizationId; }
    public String destination() { return destination; }
    public String letterNumber() { return letterNumber; }
    public String reason() { return reason; }
    public LocalDate issuedOn() { return issuedOn; }

    /** Builder of {@link TransferParams}; {@code memberId} is required. */
    public static final class Builder {
        private String memberId;
        private String toOrganizationId;
        private String destination;
        private String letterNumber;
        private String reason;
        private LocalDate issuedOn;

        private Builder() {
        }

        public Builder memberId(String memberId) {
            this.memberId = memberId;
            return this;
        }

        public Builder toOrganizationId(String toOrganizationId) {
            this.toOrganizationId = toOrganizationId;
            return this;
        }

        public Builder destination(String destination) {
            this.destination = destination;
            return this;
        }

        public Builder letterNumber(String letterNumber) {
            this.letterNumber = letterNumber;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** Defaults to today. */
        public Builder issuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
            return this;
        }

        public TransferParams build() {
            return new TransferParams(this);
        }
    }
}
