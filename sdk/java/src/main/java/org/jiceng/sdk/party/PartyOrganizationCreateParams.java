package org.jiceng.sdk.party;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@link PartyOrganizationService#establish}. A temporary branch also states its purpose and end date.
 * Required: {@code type}, {@code name}, {@code hostKind}, {@code establishedOn}.
 */
public final class PartyOrganizationCreateParams {
    @JsonProperty("parentId")
    private final String parentId;
    @JsonProperty("type")
    private final OrganizationType type;
    @JsonProperty("name")
    private final String name;
    @JsonProperty("hostKind")
    private final HostKind hostKind;
    @JsonProperty("establishedOn")
    private final LocalDate establishedOn;
    @JsonProperty("purpose")
    private final String purpose;
    @JsonProperty("endsOn")
    private final LocalDate endsOn;

    private PartyOrganizationCreateParams(Builder b) {
        this.parentId = b.parentId;
        this.type = Objects.requireNonNull(b.type, "type is required");
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.hostKind = Objects.requireNonNull(b.hostKind, "hostKind is required");
        this.establishedOn = Objects.requireNonNull(b.establishedOn, "establishedOn is required");
        this.purpose = b.purpose;
        this.endsOn = b.endsOn;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The organisation above it; none at the top of the tree. */
    public Optional<String> parentId() {
        return Optional.ofNullable(parentId);
    }

    public OrganizationType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public HostKind hostKind() {
        return hostKind;
    }

    public LocalDate establishedOn() {
        return establishedOn;
    }

    /** What a temporary branch is for, e.g. a redevelopment plot. */
    public Optional<String> purpose() {
        return Optional.ofNullable(purpose);
    }

    /** When a temporary branch ends. */
    public Optional<LocalDate> endsOn() {
        return Optional.ofNullable(endsOn);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.parentId = parentId;
        b.type = type;
        b.name = name;
        b.hostKind = hostKind;
        b.establishedOn = establishedOn;
        b.purpose = purpose;
        b.endsOn = endsOn;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PartyOrganizationCreateParams)) {
            return false;
        }
        PartyOrganizationCreateParams other = (PartyOrganizationCreateParams) o;
        return Objects.equals(parentId, other.parentId)
                && Objects.equals(type, other.type)
                && Objects.equals(name, other.name)
                && Objects.equals(hostKind, other.hostKind)
                && Objects.equals(establishedOn, other.establishedOn)
                && Objects.equals(purpose, other.purpose)
                && Objects.equals(endsOn, other.endsOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parentId, type, name, hostKind, establishedOn, purpose, endsOn);
    }

    /** Builder of {@link PartyOrganizationCreateParams}. */
    public static final class Builder {
        private String parentId;
        private OrganizationType type;
        private String name;
        private HostKind hostKind;
        private LocalDate establishedOn;
        private String purpose;
        private LocalDate endsOn;

        private Builder() {
        }

        /** The organisation above it; none at the top of the tree. */
        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        public Builder type(OrganizationType type) {
            this.type = type;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder hostKind(HostKind hostKind) {
            this.hostKind = hostKind;
            return this;
        }

        public Builder establishedOn(LocalDate establishedOn) {
            this.establishedOn = establishedOn;
            return this;
        }

        /** What a temporary branch is for, e.g. a redevelopment plot. */
        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        /** When a temporary branch ends. */
        public Builder endsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
            return this;
        }

        public PartyOrganizationCreateParams build() {
            return new PartyOrganizationCreateParams(this);
        }
    }
}
