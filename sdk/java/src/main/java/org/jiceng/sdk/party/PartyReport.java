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
 * An in-service member's report to a community (在职党员报到); the reporter masked unless the caller has {@code pii:read}.
 * Immutable; fields this SDK version does not know are kept in {@link #additionalProperties()}.
 */
public final class PartyReport {
    @JsonProperty("id")
    private String id;
    @JsonProperty("organizationId")
    private String organizationId;
    @JsonProperty("memberId")
    private String memberId;
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
    @JsonProperty("joinedOn")
    private LocalDate joinedOn;
    @JsonProperty("employer")
    private String employer;
    @JsonProperty("employerOrganization")
    private String employerOrganization;
    @JsonProperty("reportedOn")
    private LocalDate reportedOn;
    @JsonProperty("state")
    private ReportState state;
    @JsonProperty("decidedOn")
    private LocalDate decidedOn;
    @JsonProperty("decisionNote")
    private String decisionNote;
    @JsonProperty("version")
    private long version;

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    private PartyReport() {
    }

    public String id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public Optional<String> memberId() {
        return Optional.ofNullable(memberId);
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> idNumber() {
        return Optional.ofNullable(idNumber);
    }

    public boolean masked() {
        return masked;
    }

    public MemberStatus status() {
        return status;
    }

    public Optional<LocalDate> joinedOn() {
        return Optional.ofNullable(joinedOn);
    }

    public String employer() {
        return employer;
    }

    public Optional<String> employerOrganization() {
        return Optional.ofNullable(employerOrganization);
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public ReportState state() {
        return state;
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
        return new Builder(new PartyReport());
    }

    public Builder toBuilder() {
        return new Builder(copy(this));
    }

    private static PartyReport copy(PartyReport from) {
        PartyReport c = new PartyReport();
        c.id = from.id;
        c.organizationId = from.organizationId;
        c.memberId = from.memberId;
        c.name = from.name;
        c.phone = from.phone;
        c.idNumber = from.idNumber;
        c.masked = from.masked;
        c.status = from.status;
        c.joinedOn = from.joinedOn;
        c.employer = from.employer;
        c.employerOrganization = from.employerOrganization;
        c.reportedOn = from.reportedOn;
        c.state = from.state;
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
        if (!(o instanceof PartyReport)) {
            return false;
        }
        PartyReport other = (PartyReport) o;
        return Objects.equals(id, other.id)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(memberId, other.memberId)
                && Objects.equals(name, other.name)
                && Objects.equals(phone, other.phone)
                && Objects.equals(idNumber, other.idNumber)
                && masked == other.masked
                && Objects.equals(status, other.status)
                && Objects.equals(joinedOn, other.joinedOn)
                && Objects.equals(employer, other.employer)
                && Objects.equals(employerOrganization, other.employerOrganization)
                && Objects.equals(reportedOn, other.reportedOn)
                && Objects.equals(state, other.state)
                && Objects.equals(decidedOn, other.decidedOn)
                && Objects.equals(decisionNote, other.decisionNote)
                && version == other.version
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, organizationId, memberId);
    }

    @Override
    public String toString() {
        return "PartyReport{" + "id=" + id + ", " + "organizationId=" + organizationId + ", " + "memberId=" + memberId + ", " + "name=" + name + "}";
    }

    /** Builds a {@link PartyReport}, for tests and fixtures in applications that embed the SDK. */
    public static final class Builder {
        private final PartyReport building;

        private Builder(PartyReport building) {
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

        public Builder memberId(String memberId) {
            building.memberId = memberId;
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

        public Builder reportedOn(LocalDate reportedOn) {
            building.reportedOn = reportedOn;
            return this;
        }

        public Builder state(ReportState state) {
            building.state = state;
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

        public PartyReport build() {
            return copy(building);
        }
    }
}
