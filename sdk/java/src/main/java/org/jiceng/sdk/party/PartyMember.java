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
 * A Party member; name, phone and ID number masked unless the caller has {@code pii:read}.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PartyMember {
    @JsonProperty("id")
    private String id;
    @JsonProperty("organizationId")
    private String organizationId;
    @JsonProperty("name")
    private String name;
    @JsonProperty("phone")
    private String phone;
    @JsonProperty("idNumber")
    private String idNumber;
    @JsonProperty("masked")
    private boolean masked;
    @JsonProperty("status")
    private MemberStatus status;
    @JsonProperty("kind")
    private MemberKind kind;
    @JsonProperty("joinedOn")
    private LocalDate joinedOn;
    @JsonProperty("employer")
    private String employer;
    @JsonProperty("employerOrganization")
    private String employerOrganization;
    @JsonProperty("leftOn")
    private LocalDate leftOn;
    @JsonProperty("accountSubject")
    private String accountSubject;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PartyMember() {
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public String idNumber() {
        return idNumber;
    }

    public boolean masked() {
        return masked;
    }

    public MemberStatus status() {
        return status;
    }

    public MemberKind kind() {
        return kind;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public Optional<String> employer() {
        return Optional.ofNullable(employer);
    }

    public Optional<String> employerOrganization() {
        return Optional.ofNullable(employerOrganization);
    }

    public Optional<LocalDate> leftOn() {
        return Optional.ofNullable(leftOn);
    }

    public Optional<String> accountSubject() {
        return Optional.ofNullable(accountSubject);
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
        return new Builder(new PartyMember());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PartyMember copy(PartyMember from) {
        PartyMember c = new PartyMember();
        c.id = from.id;
        c.organizationId = from.organizationId;
        c.name = from.name;
        c.phone = from.phone;
        c.idNumber = from.idNumber;
        c.masked = from.masked;
        c.status = from.status;
        c.kind = from.kind;
        c.joinedOn = from.joinedOn;
        c.employer = from.employer;
        c.employerOrganization = from.employerOrganization;
        c.leftOn = from.leftOn;
        c.accountSubject = from.accountSubject;
        c.version = from.version;
        c.additionalProperties = new LinkedHashMap<>(from.additionalProperties);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PartyMember)) {
            return false;
        }
        PartyMember other = (PartyMember) o;
        return Objects.equals(id, other.id)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(name, other.name)
                && Objects.equals(phone, other.phone)
                && Objects.equals(idNumber, other.idNumber)
                && masked == other.masked
                && Objects.equals(status, other.status)
                && Objects.equals(kind, other.kind)
                && Objects.equals(joinedOn, other.joinedOn)
                && Objects.equals(employer, other.employer)
                && Objects.equals(employerOrganization, other.employerOrganization)
                && Objects.equals(leftOn, other.leftOn)
                && Objects.equals(accountSubject, other.accountSubject)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, organizationId, name);
    }

    @Override
    public String toString() {
        return "PartyMember{" + "id=" + id + ", " + "organizationId=" + organizationId + ", " + "name=" + name + ", " + "phone=" + phone + "}";
    }

    /** Builds a {@link PartyMember}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PartyMember building;

        private Builder(PartyMember building) {
            this.building = building;
        }

        public Builder id(String id) {
            building.id = id;
            return this;
        }

        public Builder organizationId(String organizationId) {
            building.organizationId = organizationId;
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

        public Builder idNumber(String idNumber) {
            building.idNumber = idNumber;
            return this;
        }

        public Builder masked(boolean masked) {
            building.masked = masked;
            return this;
        }

        public Builder status(MemberStatus status) {
            building.status = status;
            return this;
        }

        public Builder kind(MemberKind kind) {
            building.kind = kind;
            return this;
        }

        public Builder joinedOn(LocalDate joinedOn) {
            building.joinedOn = joinedOn;
            return this;
        }

        public Builder employer(String employer) {
            building.employer = employer;
            return this;
        }

        public Builder employerOrganization(String employerOrganization) {
            building.employerOrganization = employerOrganization;
            return this;
        }

        public Builder leftOn(LocalDate leftOn) {
            building.leftOn = leftOn;
            return this;
        }

        public Builder accountSubject(String accountSubject) {
            building.accountSubject = accountSubject;
            return this;
        }

        public Builder version(long version) {
            building.version = version;
            return this;
        }

        public PartyMember build() {
            return copy(building);
        }
    }
}
