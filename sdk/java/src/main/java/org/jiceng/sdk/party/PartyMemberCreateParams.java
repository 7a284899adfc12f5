package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link PartyMemberService#admit}. Name, phone and ID number are personal data: the platform encrypts them.
 * Required: {@code organizationId}, {@code name}, {@code idNumber}, {@code joinedOn}.
 */
public final class PartyMemberCreateParams {
    @JsonProperty("organizationId")
    private final String organizationId;
    @JsonProperty("name")
    private final String name;
    @JsonProperty("phone")
    private final String phone;
    @JsonProperty("idNumber")
    private final String idNumber;
    @JsonProperty("status")
    private final MemberStatus status;
    @JsonProperty("kind")
    private final MemberKind kind;
    @JsonProperty("joinedOn")
    private final LocalDate joinedOn;

    private PartyMemberCreateParams(Builder b) {
        this.organizationId = Objects.requireNonNull(b.organizationId, "organizationId is required");
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.phone = b.phone;
        this.idNumber = Objects.requireNonNull(b.idNumber, "idNumber is required");
        this.status = b.status;
        this.kind = b.kind;
        this.joinedOn = Objects.requireNonNull(b.joinedOn, "joinedOn is required");
    }

    public static Builder builder() {
        return new Builder();
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

    /** The resident identity card number; registered once per tenant. */
    public String idNumber() {
        return idNumber;
    }

    /** FULL unless given. */
    public Optional<MemberStatus> status() {
        return Optional.ofNullable(status);
    }

    /** REGISTERED unless given. */
    public Optional<MemberKind> kind() {
        return Optional.ofNullable(kind);
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.organizationId = organizationId;
        b.name = name;
        b.phone = phone;
        b.idNumber = idNumber;
        b.status = status;
        b.kind = kind;
        b.joinedOn = joinedOn;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PartyMemberCreateParams)) {
            return false;
        }
        PartyMemberCreateParams other = (PartyMemberCreateParams) o;
        return Objects.equals(organizationId, other.organizationId)
                && Objects.equals(name, other.name)
                && Objects.equals(phone, other.phone)
                && Objects.equals(idNumber, other.idNumber)
                && Objects.equals(status, other.status)
                && Objects.equals(kind, other.kind)
                && Objects.equals(joinedOn, other.joinedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organizationId, name, phone, idNumber, status, kind, joinedOn);
    }

    /** Builder of {@link PartyMemberCreateParams}. */
    public static final class Builder {
        private String organizationId;
        private String name;
        private String phone;
        private String idNumber;
        private MemberStatus status;
        private MemberKind kind;
        private LocalDate joinedOn;

        private Builder() {
        }

        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
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

        /** The resident identity card number; registered once per tenant. */
        public Builder idNumber(String idNumber) {
            this.idNumber = idNumber;
            return this;
        }

        /** FULL unless given. */
        public Builder status(MemberStatus status) {
            this.status = status;
            return this;
        }

        /** REGISTERED unless given. */
        public Builder kind(MemberKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder joinedOn(LocalDate joinedOn) {
            this.joinedOn = joinedOn;
            return this;
        }

        public PartyMemberCreateParams build() {
            return new PartyMemberCreateParams(this);
        }
    }
}
