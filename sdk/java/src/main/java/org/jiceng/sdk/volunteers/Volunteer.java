package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 志愿者: a registered volunteer with their points balance. Name and phone are masked unless the caller holds {@code pii:read}.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class Volunteer {
    @JsonProperty("id")
    private String id;
    @JsonProperty("name")
    private String name;
    @JsonProperty("phone")
    private String phone;
    @JsonProperty("masked")
    private boolean masked;
    @JsonProperty("subject")
    private String subject;
    @JsonProperty("externalId")
    private String externalId;
    @JsonProperty("homeGridId")
    private String homeGridId;
    @JsonProperty("skills")
    private List<String> skills;
    @JsonProperty("partyMemberId")
    private String partyMemberId;
    @JsonProperty("certificateNo")
    private String certificateNo;
    @JsonProperty("balance")
    private long balance;
    @JsonProperty("version")
    private long version;
    @JsonProperty("createdAt")
    private OffsetDateTime createdAt;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private Volunteer() {
    }

    public String id() {
        return id;
    }

    /** The name, masked unless the caller holds {@code pii:read}. */
    public String name() {
        return name;
    }

    /** The phone number, masked unless the caller holds {@code pii:read}. */
    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    /** Whether {@link #name()} and {@link #phone()} are masked. */
    public boolean masked() {
        return masked;
    }

    /** The volunteer's own login (the token's {@code sub}), if they have one. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** The id a vendor's system knows them by. */
    public Optional<String> externalId() {
        return Optional.ofNullable(externalId);
    }

    public String homeGridId() {
        return homeGridId;
    }

    /** Short labels such as 理发 or 电工. */
    public List<String> skills() {
        return skills;
    }

    /** The Party member this volunteer is, if any. */
    public Optional<String> partyMemberId() {
        return Optional.ofNullable(partyMemberId);
    }

    /** Printed on the record of service, e.g. {@code SIP-V2026-000123}. */
    public String certificateNo() {
        return certificateNo;
    }

    /** Points: the sum of the account's entries. */
    public long balance() {
        return balance;
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
        return new Builder(new Volunteer());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static Volunteer copy(Volunteer from) {
        Volunteer c = new Volunteer();
        c.id = from.id;
        c.name = from.name;
        c.phone = from.phone;
        c.masked = from.masked;
        c.subject = from.subject;
        c.externalId = from.externalId;
        c.homeGridId = from.homeGridId;
        c.skills = from.skills;
        c.partyMemberId = from.partyMemberId;
        c.certificateNo = from.certificateNo;
        c.balance = from.balance;
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
        if (!(o instanceof Volunteer)) {
            return false;
        }
        Volunteer other = (Volunteer) o;
        return Objects.equals(id, other.id)
                && Objects.equals(name, other.name)
                && Objects.equals(phone, other.phone)
                && masked == other.masked
                && Objects.equals(subject, other.subject)
                && Objects.equals(externalId, other.externalId)
                && Objects.equals(homeGridId, other.homeGridId)
                && Objects.equals(skills, other.skills)
                && Objects.equals(partyMemberId, other.partyMemberId)
                && Objects.equals(certificateNo, other.certificateNo)
                && balance == other.balance
                && version == other.version
                && Objects.equals(createdAt, other.createdAt)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, phone);
    }

    @Override
    public String toString() {
        return "Volunteer{" + "id=" + id + ", " + "name=" + name + ", " + "phone=" + phone + ", " + "masked=" + masked + "}";
    }

    /** Builds a {@link Volunteer}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final Volunteer building;

        private Builder(Volunteer building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder name(String name) {
            building.name = name;
            return this;
        }

        public Builder phone(String phone) {
            building.phone = phone;
            return this;
        }

        public Builder masked(boolean masked) {
            building.masked = masked;
            return this;
        }

        public Builder subject(String subject) {
            building.subject = subject;
            return this;
        }

        public Builder externalId(String externalId) {
            building.externalId = externalId;
            return this;
        }

        public Builder homeGridId(String homeGridId) {
            building.homeGridId = homeGridId;
            return this;
        }

        public Builder skills(List<String> skills) {
            building.skills = skills == null ? null : List.copyOf(skills);
            return this;
        }

        public Builder partyMemberId(String partyMemberId) {
            building.partyMemberId = partyMemberId;
            return this;
        }

        public Builder certificateNo(String certificateNo) {
            building.certificateNo = certificateNo;
            return this;
        }

        public Builder balance(long balance) {
            building.balance = balance;
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

        public Volunteer build() {
            return copy(building);
        }
    }
}
