package org.jiceng.sdk.volunteers;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link VolunteerService#register}. Name and phone are personal data: the platform encrypts them.
 * Required: {@code name}, {@code homeGridId}.
 */
public final class VolunteerRegisterParams {
    @JsonProperty("name")
    private final String name;
    @JsonProperty("homeGridId")
    private final String homeGridId;
    @JsonProperty("phone")
    private final String phone;
    @JsonProperty("subject")
    private final String subject;
    @JsonProperty("externalId")
    private final String externalId;
    @JsonProperty("skills")
    private final List<String> skills;
    @JsonProperty("partyMemberId")
    private final String partyMemberId;

    private VolunteerRegisterParams(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.homeGridId = Objects.requireNonNull(b.homeGridId, "homeGridId is required");
        this.phone = b.phone;
        this.subject = b.subject;
        this.externalId = b.externalId;
        this.skills = b.skills;
        this.partyMemberId = b.partyMemberId;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The volunteer's name. */
    public String name() {
        return name;
    }

    /** The grid node the volunteer lives in. */
    public String homeGridId() {
        return homeGridId;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    /** The volunteer's own login (token {@code sub}), so that they can act for themselves. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** The id a vendor's system knows them by. */
    public Optional<String> externalId() {
        return Optional.ofNullable(externalId);
    }

    /** Short labels such as 理发 or 电工, at most 20. */
    public Optional<List<String>> skills() {
        return Optional.ofNullable(skills);
    }

    /** The Party member this volunteer is, e.g. an in-service member serving their community. */
    public Optional<String> partyMemberId() {
        return Optional.ofNullable(partyMemberId);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.homeGridId = homeGridId;
        b.phone = phone;
        b.subject = subject;
        b.externalId = externalId;
        b.skills = skills;
        b.partyMemberId = partyMemberId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof VolunteerRegisterParams)) {
            return false;
        }
        VolunteerRegisterParams other = (VolunteerRegisterParams) o;
        return Objects.equals(name, other.name)
                && Objects.equals(homeGridId, other.homeGridId)
                && Objects.equals(phone, other.phone)
                && Objects.equals(subject, other.subject)
                && Objects.equals(externalId, other.externalId)
                && Objects.equals(skills, other.skills)
                && Objects.equals(partyMemberId, other.partyMemberId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, homeGridId, phone, subject, externalId, skills, partyMemberId);
    }

    /** Builder of {@link VolunteerRegisterParams}. */
    public static final class Builder {
        private String name;
        private String homeGridId;
        private String phone;
        private String subject;
        private String externalId;
        private List<String> skills;
        private String partyMemberId;

        private Builder() {
        }

        /** The volunteer's name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The grid node the volunteer lives in. */
        public Builder homeGridId(String homeGridId) {
            this.homeGridId = homeGridId;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        /** The volunteer's own login (token {@code sub}), so that they can act for themselves. */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** The id a vendor's system knows them by. */
        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        /** Short labels such as 理发 or 电工, at most 20. */
        public Builder skills(List<String> skills) {
            this.skills = skills == null ? null : List.copyOf(skills);
            return this;
        }

        /** The Party member this volunteer is, e.g. an in-service member serving their community. */
        public Builder partyMemberId(String partyMemberId) {
            this.partyMemberId = partyMemberId;
            return this;
        }

        public VolunteerRegisterParams build() {
            return new VolunteerRegisterParams(this);
        }
    }
}
