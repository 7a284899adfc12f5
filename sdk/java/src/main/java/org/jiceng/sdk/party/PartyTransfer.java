package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A transfer of a member's organisational relationship, as recorded from the national system.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PartyTransfer {
    @JsonProperty("id")
    private String id;
    @JsonProperty("memberId")
    private String memberId;
    @JsonProperty("fromOrganizationId")
    private String fromOrganizationId;
    @JsonProperty("toOrganizationId")
    private String toOrganizationId;
    @JsonProperty("destination")
    private String destination;
    @JsonProperty("letterNumber")
    private String letterNumber;
    @JsonProperty("reason")
    private String reason;
    @JsonProperty("state")
    private TransferState state;
    @JsonProperty("issuedOn")
    private LocalDate issuedOn;
    @JsonProperty("decidedOn")
    private LocalDate decidedOn;
    @JsonProperty("decisionNote")
    private String decisionNote;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PartyTransfer() {
    }

    public String id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public String fromOrganizationId() {
        return fromOrganizationId;
    }

    public Optional<String> toOrganizationId() {
        return Optional.ofNullable(toOrganizationId);
    }

    public Optional<String> destination() {
        return Optional.ofNullable(destination);
    }

    public Optional<String> letterNumber() {
        return Optional.ofNullable(letterNumber);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public TransferState state() {
        return state;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Optional<LocalDate> decidedOn() {
        return Optional.ofNullable(decidedOn);
    }

    public Optional<String> decisionNote() {
        return Optional.ofNullable(decisionNote);
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
        return new Builder(new PartyTransfer());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PartyTransfer copy(PartyTransfer from) {
        PartyTransfer c = new PartyTransfer();
        c.id = from.id;
        c.memberId = from.memberId;
        c.fromOrganizationId = from.fromOrganizationId;
        c.toOrganizationId = from.toOrganizationId;
        c.destination = from.destination;
        c.letterNumber = from.letterNumber;
        c.reason = from.reason;
        c.state = from.state;
        c.issuedOn = from.issuedOn;
        c.decidedOn = from.decidedOn;
        c.decisionNote = from.decisionNote;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PartyTransfer)) {
            return false;
        }
        PartyTransfer other = (PartyTransfer) o;
        return Objects.equals(id, other.id)
                && Objects.equals(memberId, other.memberId)
                && Objects.equals(fromOrganizationId, other.fromOrganizationId)
                && Objects.equals(toOrganizationId, other.toOrganizationId)
                && Objects.equals(destination, other.destination)
                && Objects.equals(letterNumber, other.letterNumber)
                && Objects.equals(reason, other.reason)
                && Objects.equals(state, other.state)
                && Objects.equals(issuedOn, other.issuedOn)
                && Objects.equals(decidedOn, other.decidedOn)
                && Objects.equals(decisionNote, other.decisionNote)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberId, fromOrganizationId);
    }

    @Override
    public String toString() {
        return "PartyTransfer{" + "id=" + id + ", " + "memberId=" + memberId + ", " + "fromOrganizationId=" + fromOrganizationId + ", " + "toOrganizationId=" + toOrganizationId + "}";
    }

    /** Builds a {@link PartyTransfer}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PartyTransfer building;

        private Builder(PartyTransfer building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder memberId(String memberId) {
            building.memberId = memberId;
            return this;
        }

        public Builder fromOrganizationId(String fromOrganizationId) {
            building.fromOrganizationId = fromOrganizationId;
            return this;
        }

        public Builder toOrganizationId(String toOrganizationId) {
            building.toOrganizationId = toOrganizationId;
            return this;
        }

        public Builder destination(String destination) {
            building.destination = destination;
            return this;
        }

        public Builder letterNumber(String letterNumber) {
            building.letterNumber = letterNumber;
            return this;
        }

        public Builder reason(String reason) {
            building.reason = reason;
            return this;
        }

        public Builder state(TransferState state) {
            building.state = state;
            return this;
        }

        public Builder issuedOn(LocalDate issuedOn) {
            building.issuedOn = issuedOn;
            return this;
        }

        public Builder decidedOn(LocalDate decidedOn) {
            building.decidedOn = decidedOn;
            return this;
        }

        public Builder decisionNote(String decisionNote) {
            building.decisionNote = decisionNote;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public PartyTransfer build() {
            return copy(building);
        }
    }
}
